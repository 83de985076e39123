using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A functional requirement (<c>FR-001</c>) or success criterion (<c>SC-001</c>) declared in spec.md.</summary>
    public sealed class Requirement
    {
        public Requirement(string id, string text, TextRange range)
        {
            Id = id;
            Text = text;
            Range = range;
            int letters = 0;
            while (letters < id.Length && char.IsLetter(id[letters]))
            {
                letters++;
            }

            Prefix = letters == 2 && id.StartsWith("FR", System.StringComparison.Ordinal) ? "FR" : letters == 2 && id.StartsWith("SC", System.StringComparison.Ordinal) ? "SC" : id.Substring(0, letters);
            int digitsStart = letters < id.Length && id[letters] == '-' ? letters + 1 : letters;
            int digitsEnd = digitsStart;
            while (digitsEnd < id.Length && id[digitsEnd] >= '0' && id[digitsEnd] <= '9')
            {
                digitsEnd++;
            }

            // ASCII digits only: int.Parse refuses other scripts' digits, which the declaration grammar (\d) lets in.
            // A letter suffix (FR-001a) inserts a requirement without renumbering the rest: teams do it, the grammar allows it.
            bool suffixOnly = digitsEnd == id.Length || (digitsEnd == id.Length - 1 && id[digitsEnd] >= 'a' && id[digitsEnd] <= 'z');
            IsWellFormed = digitsStart == letters + 1 && digitsEnd - digitsStart == 3 && suffixOnly;
            Number = digitsEnd > digitsStart && digitsEnd - digitsStart < 9 ? int.Parse(id.Substring(digitsStart, digitsEnd - digitsStart), System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        public string Id { get; }

        public string Text { get; }

        /// <summary>The range of the ID.</summary>
        public TextRange Range { get; }

        /// <summary>"FR" or "SC".</summary>
        public string Prefix { get; }

        public int Number { get; }

        /// <summary>Spec-Kit's grammar: two letters, a dash, exactly three digits (<c>FR-001</c>).</summary>
        public bool IsWellFormed { get; }
    }
}
