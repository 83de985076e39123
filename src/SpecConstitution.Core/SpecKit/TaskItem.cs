using System.Collections.Generic;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
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
    }
}
