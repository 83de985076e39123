using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>A functional requirement (<c>FR-001</c>) or success criterion (<c>SC-001</c>) declared in spec.md.</summary>
    public sealed class Requirement
    {
        public Requirement(string id, string text, TextRange range)
        {
            Id = id;
            Text = text;
            Range = range;
        }

        public string Id { get; }

        public string Text { get; }

        public TextRange Range { get; }
    }
}
