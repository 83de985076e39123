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
            int letters = 0;
            while (letters < id.Length && char.IsLetter(id[letters]))
            {
                letters++;
            }

            Prefix = id.Substring(0, letters);
            string rest = id.Substring(letters);
            IsWellFormed = rest.Length == 4 && rest[0] == '-' && char.IsDigit(rest[1]) && char.IsDigit(rest[2]) && char.IsDigit(rest[3]);
            string digits = new string(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.TakeWhile(rest.TrimStart('-'), char.IsDigit)));
            Number = digits.Length > 0 && digits.Length < 9 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : 0;
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
