using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary><c>### Session 2025-10-03</c> under <c>## Clarifications</c>, written by /speckit.clarify.</summary>
    public sealed class ClarificationSession
    {
        public ClarificationSession(string date, TextRange range)
        {
            Date = date;
            Range = range;
        }

        public string Date { get; }

        public TextRange Range { get; }

        /// <summary>Bullets of the form "- Q: … → A: …".</summary>
        public int QuestionCount { get; internal set; }
    }
}
