using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A template token left in a document: <c>[FEATURE NAME]</c>, <c>$ARGUMENTS</c>, <c>[PRINCIPLE_1_NAME]</c>, <c>TODO(FIELD)</c>.</summary>
    public sealed class Placeholder
    {
        public Placeholder(string token, TextRange range)
        {
            Token = token;
            Range = range;
        }

        public string Token { get; }

        public TextRange Range { get; }
    }
}
