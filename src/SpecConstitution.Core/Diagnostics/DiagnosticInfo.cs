namespace SpecConstitution.Diagnostics
{
    /// <summary>The stable identity of a diagnostic: what users suppress, configure and look up.</summary>
    public sealed class DiagnosticInfo
    {
        internal DiagnosticInfo(string id, string title, string messageFormat, string category, FindingSeverity defaultSeverity)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Category = category;
            DefaultSeverity = defaultSeverity;
        }

        public string Id { get; }

        public string Title { get; }

        /// <summary>A composite format string ({0}, {1}...) for the message.</summary>
        public string MessageFormat { get; }

        public string Category { get; }

        public FindingSeverity DefaultSeverity { get; }

        public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id + ".md";
    }
}
