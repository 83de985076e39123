using System.Collections.Generic;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>A feature's plan.md.</summary>
    public sealed class PlanDocument
    {
        internal PlanDocument(SourceFile file, IReadOnlyList<ClarificationMarker> clarifications)
        {
            File = file;
            Clarifications = clarifications;
        }

        public SourceFile File { get; }

        public IReadOnlyList<ClarificationMarker> Clarifications { get; }
    }

    public static class PlanParser
    {
        public static PlanDocument Parse(SourceFile file) =>
            new PlanDocument(file, ClarificationMarkerReader.Read(MarkdownScanner.Scan(file)));
    }
}
