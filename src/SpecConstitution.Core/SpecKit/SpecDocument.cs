using System.Collections.Generic;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>A feature's spec.md.</summary>
    public sealed class SpecDocument
    {
        internal SpecDocument(SourceFile file, string? title, string? status, IReadOnlyList<Requirement> requirements, IReadOnlyList<ClarificationMarker> clarifications)
        {
            File = file;
            Title = title;
            Status = status;
            Requirements = requirements;
            Clarifications = clarifications;
        }

        public SourceFile File { get; }

        /// <summary>From <c># Feature Specification: Title</c>.</summary>
        public string? Title { get; }

        /// <summary>From <c>**Status**: Draft</c>.</summary>
        public string? Status { get; }

        public IReadOnlyList<Requirement> Requirements { get; }

        public IReadOnlyList<ClarificationMarker> Clarifications { get; }
    }
}
