using System.Collections.Generic;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>A heading of constitution.md (principles are the level-3 ones under "Core Principles").</summary>
    public sealed class MarkdownHeading
    {
        public MarkdownHeading(int level, string text, TextRange range)
        {
            Level = level;
            Text = text;
            Range = range;
        }

        public int Level { get; }

        public string Text { get; }

        public TextRange Range { get; }
    }

    /// <summary>.specify/memory/constitution.md: its headings and the Version | Ratified | Last Amended line.</summary>
    public sealed class ConstitutionDocument
    {
        internal ConstitutionDocument(SourceFile file, IReadOnlyList<MarkdownHeading> headings, string? version, TextRange versionRange, string? ratified, string? lastAmended)
        {
            File = file;
            Headings = headings;
            Version = version;
            VersionRange = versionRange;
            Ratified = ratified;
            LastAmended = lastAmended;
        }

        public SourceFile File { get; }

        public IReadOnlyList<MarkdownHeading> Headings { get; }

        /// <summary>The value after <c>**Version**:</c>, or null when the line is missing.</summary>
        public string? Version { get; }

        public TextRange VersionRange { get; }

        public string? Ratified { get; }

        public string? LastAmended { get; }
    }
}
