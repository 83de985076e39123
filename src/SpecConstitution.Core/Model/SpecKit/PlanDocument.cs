using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A <c>**Field**: value</c> line of the plan's Technical Context.</summary>
    public sealed class PlanField
    {
        public PlanField(string name, string value, TextRange range)
        {
            Name = name;
            Value = value;
            Range = range;
        }

        public string Name { get; }

        public string Value { get; }

        /// <summary>The range of the value.</summary>
        public TextRange Range { get; }
    }

    /// <summary>A line of the plan that states something (a principle failing, a version cited, a justification row).</summary>
    public sealed class PlanLine
    {
        public PlanLine(string text, TextRange range)
        {
            Text = text;
            Range = range;
        }

        public string Text { get; }

        public TextRange Range { get; }
    }

    /// <summary>A feature's plan.md.</summary>
    public sealed class PlanDocument
    {
        internal PlanDocument(SourceFile file, IReadOnlyList<ClarificationMarker> clarifications)
        {
            File = DocumentSource.Of(file);
            Clarifications = clarifications;
        }

        public DocumentSource File { get; }

        /// <summary>Whether the whole document sits in a code fence or repeats itself.</summary>
        public DocumentShape Shape { get; internal set; } = DocumentShape.Plain;

        public IReadOnlyList<ClarificationMarker> Clarifications { get; }

        public DocumentFormat Format { get; internal set; }

        public IReadOnlyList<MarkdownSection> Sections { get; internal set; } = System.Array.Empty<MarkdownSection>();

        /// <summary>Language/Version, Primary Dependencies, Storage, Testing, Target Platform, Project Type, Performance Goals, Constraints, Scale/Scope.</summary>
        public IReadOnlyList<PlanField> TechnicalContext { get; internal set; } = System.Array.Empty<PlanField>();

        /// <summary>The "## Constitution Check" heading, or null when the plan has none.</summary>
        public MarkdownSection? ConstitutionCheck { get; internal set; }

        /// <summary>Rows or items of the Constitution Check that state a failing or violated principle.</summary>
        public IReadOnlyList<PlanLine> Violations { get; internal set; } = System.Array.Empty<PlanLine>();

        /// <summary>Filled rows of the Complexity Tracking table (template example rows excluded).</summary>
        public IReadOnlyList<PlanLine> ComplexityRows { get; internal set; } = System.Array.Empty<PlanLine>();

        /// <summary>Places the plan cites a constitution version ("Constitution v1.2.0"); the text is the version.</summary>
        public IReadOnlyList<PlanLine> CitedConstitutionVersions { get; internal set; } = System.Array.Empty<PlanLine>();

        public IReadOnlyList<Placeholder> Placeholders { get; internal set; } = System.Array.Empty<Placeholder>();
    }
}
