using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A task line: <c>- [ ] T001 [P] [US1] Description in path/to/file.cs</c>.</summary>
    public sealed class TaskItem
    {
        public TaskItem(string id, bool isDone, bool isParallel, IReadOnlyList<string> stories, string description, TextRange range)
        {
            Id = id;
            IsDone = isDone;
            IsParallel = isParallel;
            Stories = stories;
            Description = description;
            Range = range;
        }

        public string Id { get; }

        public bool IsDone { get; }

        public bool IsParallel { get; }

        /// <summary>User story labels such as US1 (several for <c>[US1,US2]</c>).</summary>
        public IReadOnlyList<string> Stories { get; }

        public string Description { get; }

        /// <summary>The range of the task ID.</summary>
        public TextRange Range { get; }

        /// <summary>The phase heading the task sits under, or null before any.</summary>
        public TaskPhase? Phase { get; internal set; }

        /// <summary>Things that are clearly file paths (a separator, or an extension inside backticks), backticks stripped.</summary>
        public IReadOnlyList<TaskPath> Paths { get; internal set; } = System.Array.Empty<TaskPath>();

        /// <summary>Whether the description names anything path-like at all, directories included.</summary>
        public bool MentionsPath { get; internal set; }

        /// <summary>FR-### / SC-### IDs the description cites, possibly qualified by feature (<c>001-auth/FR-003</c>).</summary>
        public IReadOnlyList<RequirementCitation> Citations { get; internal set; } = System.Array.Empty<RequirementCitation>();

        /// <summary>How the line departs from Spec-Kit's strict grammar (bold ID, suffixed ID, indented, several stories in one label...).</summary>
        public IReadOnlyList<string> Deviations { get; internal set; } = System.Array.Empty<string>();

        /// <summary>The numeric part of the ID (T012a → 12).</summary>
        public int Number { get; internal set; }
    }

    /// <summary>A file path named by a task.</summary>
    public sealed class TaskPath
    {
        public TaskPath(string path, TextRange range)
        {
            Path = path;
            Range = range;
        }

        public string Path { get; }

        public TextRange Range { get; }
    }

    /// <summary>A requirement ID cited by a task.</summary>
    public sealed class RequirementCitation
    {
        public RequirementCitation(string? feature, string id, TextRange range)
        {
            Feature = feature;
            Id = id;
            Range = range;
        }

        /// <summary>The feature folder name for a qualified citation (<c>001-auth</c>), else null (this feature).</summary>
        public string? Feature { get; }

        public string Id { get; }

        public TextRange Range { get; }

        /// <summary>An ID inside a cited range ("FR-021..024" cites FR-022 and FR-023 too): it counts as covered, but
        /// is not itself accused of being undeclared, since the range's writer never named it.</summary>
        public bool IsInsideRange { get; internal set; }
    }
}