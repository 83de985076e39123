using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
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

        public TextRange RatifiedRange { get; internal set; } = TextRange.StartOfFile;

        public string? LastAmended { get; }

        public TextRange LastAmendedRange { get; internal set; } = TextRange.StartOfFile;

        /// <summary>The whole version line, when there is one (<c>**Version**: 1.0.0 | **Ratified**: … | **Last Amended**: …</c>).</summary>
        public TextRange? VersionLineRange { get; internal set; }

        /// <summary>A line that looks like the version line but does not follow its grammar (e.g. <c>Version: 1.0</c> without bold).</summary>
        public TextRange? MalformedVersionLine { get; internal set; }

        /// <summary>The "Version change: a → b" target of the Sync Impact Report comment, if any.</summary>
        public string? SyncImpactVersion { get; internal set; }

        public TextRange SyncImpactVersionRange { get; internal set; } = TextRange.StartOfFile;

        /// <summary>Template tokens left: <c>[PRINCIPLE_1_NAME]</c>, <c>TODO(RATIFICATION_DATE)</c>.</summary>
        public IReadOnlyList<Placeholder> Placeholders { get; internal set; } = System.Array.Empty<Placeholder>();

        /// <summary>The principle headings: the level-3 headings under "Core Principles" (all level-3 headings when that section is absent).</summary>
        public IReadOnlyList<MarkdownHeading> Principles { get; internal set; } = System.Array.Empty<MarkdownHeading>();
    }
}
