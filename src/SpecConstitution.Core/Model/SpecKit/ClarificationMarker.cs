using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>An open <c>[NEEDS CLARIFICATION: question]</c> marker.</summary>
    public sealed class ClarificationMarker
    {
        public ClarificationMarker(string question, TextRange range)
        {
            Question = question;
            Range = range;
        }

        public string Question { get; }

        public TextRange Range { get; }
    }
}
