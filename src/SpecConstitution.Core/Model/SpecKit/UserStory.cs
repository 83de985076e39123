using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary><c>### User Story 1 - Title (Priority: P1)</c> and its Given/When/Then scenarios; the legacy "Primary User Story" has number 0.</summary>
    public sealed class UserStory
    {
        public UserStory(int number, string title, string? priority, TextRange range)
        {
            Number = number;
            Title = title;
            Priority = priority;
            Range = range;
            Label = "US" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public int Number { get; }

        public string Title { get; }

        /// <summary>"P1", "P2"... or null when the heading states none.</summary>
        public string? Priority { get; }

        /// <summary>The heading's range.</summary>
        public TextRange Range { get; }

        public int ScenarioCount { get; internal set; }

        /// <summary>The label tasks.md uses for it: US1, US2...</summary>
        public string Label { get; }
    }
}
