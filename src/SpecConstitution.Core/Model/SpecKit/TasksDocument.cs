using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A feature's tasks.md.</summary>
    public sealed class TasksDocument
    {
        internal TasksDocument(SourceFile file, IReadOnlyList<TaskItem> tasks)
        {
            File = DocumentSource.Of(file);
            Tasks = tasks;
        }

        public DocumentSource File { get; }

        /// <summary>Whether the whole document sits in a code fence or repeats itself.</summary>
        public DocumentShape Shape { get; internal set; } = DocumentShape.Plain;

        public IReadOnlyList<TaskItem> Tasks { get; }

        public IReadOnlyList<TaskPhase> Phases { get; internal set; } = System.Array.Empty<TaskPhase>();

        public int DoneCount => Tasks.Count(t => t.IsDone);

        public bool AllDone => Tasks.Count > 0 && Tasks.All(t => t.IsDone);

        public IReadOnlyList<Placeholder> Placeholders { get; internal set; } = System.Array.Empty<Placeholder>();
    }
}
