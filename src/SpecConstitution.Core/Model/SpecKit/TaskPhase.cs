using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    public enum TaskPhaseKind
    {
        Other = 0,
        Setup = 1,
        Foundational = 2,
        UserStory = 3,
        Polish = 4,
    }

    /// <summary>A <c>## Phase N: Title</c> heading of tasks.md.</summary>
    public sealed class TaskPhase
    {
        public TaskPhase(string title, TaskPhaseKind kind, string? story, TextRange range)
        {
            Title = title;
            Kind = kind;
            Story = story;
            Range = range;
        }

        public string Title { get; }

        public TaskPhaseKind Kind { get; }

        /// <summary>"US1" for "Phase 3: User Story 1 - …" or "Phase 2: Foundational (… US1)", else null.</summary>
        public string? Story { get; }

        public TextRange Range { get; }

        /// <summary>Setup, Foundational and Polish serve every story; a story label there is misplaced.</summary>
        public bool IsShared => Story == null && (Kind == TaskPhaseKind.Setup || Kind == TaskPhaseKind.Foundational || Kind == TaskPhaseKind.Polish);
    }
}
