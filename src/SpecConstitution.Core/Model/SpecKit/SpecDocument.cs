using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A feature's spec.md.</summary>
    public sealed class SpecDocument
    {
        internal SpecDocument(SourceFile file, string? title, string? status, IReadOnlyList<Requirement> requirements, IReadOnlyList<ClarificationMarker> clarifications)
        {
            File = DocumentSource.Of(file);
            Title = title;
            Status = status;
            Requirements = requirements;
            Clarifications = clarifications;
        }

        public DocumentSource File { get; }

        /// <summary>Whether the whole document sits in a code fence or repeats itself.</summary>
        public DocumentShape Shape { get; internal set; } = DocumentShape.Plain;

        /// <summary>From <c># Feature Specification: Title</c>.</summary>
        public string? Title { get; }

        /// <summary>From <c>**Status**: Draft</c>.</summary>
        public string? Status { get; }

        public TextRange StatusRange { get; internal set; } = TextRange.StartOfFile;

        /// <summary>From <c>**Feature Branch**: `001-slug`</c>.</summary>
        public string? Branch { get; internal set; }

        /// <summary>From <c>**Depends On**: payments:003-checkout, web:001-x</c>, as written (other systems' features this one needs live).</summary>
        public string? DependsOn { get; internal set; }

        /// <summary>Where the <c>Depends On</c> value starts and ends.</summary>
        public TextRange DependsOnRange { get; internal set; } = TextRange.StartOfFile;

        /// <summary>From <c>**Created**: 2025-01-01</c>.</summary>
        public string? Created { get; internal set; }

        public DocumentFormat Format { get; internal set; }

        public IReadOnlyList<MarkdownSection> Sections { get; internal set; } = System.Array.Empty<MarkdownSection>();

        public IReadOnlyList<UserStory> Stories { get; internal set; } = System.Array.Empty<UserStory>();

        /// <summary>FR-### and SC-### declared as bold list labels (withdrawn, struck-through ones excluded).</summary>
        public IReadOnlyList<Requirement> Requirements { get; }

        /// <summary>IDs struck through (<c>~~**FR-004**~~</c>): withdrawn, so their number is not a gap.</summary>
        public IReadOnlyList<string> WithdrawnIds { get; private set; } = System.Array.Empty<string>();

        /// <summary>The struck-through declarations themselves (their text empty), for a finding that must point at one.</summary>
        public IReadOnlyList<Requirement> Withdrawn
        {
            get => _withdrawn;
            internal set
            {
                _withdrawn = value;
                var ids = new string[value.Count];
                for (int i = 0; i < ids.Length; i++)
                {
                    ids[i] = value[i].Id;
                }

                WithdrawnIds = ids;
            }
        }

        private IReadOnlyList<Requirement> _withdrawn = System.Array.Empty<Requirement>();

        /// <summary>Bold labels under "Key Entities".</summary>
        public IReadOnlyList<string> KeyEntities { get; internal set; } = System.Array.Empty<string>();

        public IReadOnlyList<ClarificationSession> ClarificationSessions { get; internal set; } = System.Array.Empty<ClarificationSession>();

        /// <summary>The number of Given/When/Then scenarios (numbered or bulleted lines with a bold Given).</summary>
        public int ScenarioCount { get; internal set; }

        public IReadOnlyList<ClarificationMarker> Clarifications { get; }

        public IReadOnlyList<Placeholder> Placeholders { get; internal set; } = System.Array.Empty<Placeholder>();
    }
}
