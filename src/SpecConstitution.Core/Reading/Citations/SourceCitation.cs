
namespace SpecConstitution.Reading.Citations
{
    /// <summary>A requirement cited in a C# file: what was cited, by which declaration, and whether that is a test.</summary>
    public sealed class SourceCitation
    {
        public SourceCitation(string cited, string member, bool isTest, string file, int line, string? classFeature)
        {
            Cited = cited;
            Member = member;
            IsTest = isTest;
            File = file;
            Line = line;
            ClassFeature = classFeature;
        }

        public string Cited { get; }

        /// <summary>The citing declaration as <c>Type.Member</c> (or <c>Type</c>).</summary>
        public string Member { get; }

        public bool IsTest { get; }

        public string File { get; }

        public int Line { get; }

        /// <summary>The feature a qualified citation on the enclosing type names, for unqualified IDs.</summary>
        public string? ClassFeature { get; }
    }
}
