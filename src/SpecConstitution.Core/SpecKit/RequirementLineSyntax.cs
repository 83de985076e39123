using System.Runtime.CompilerServices;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>
    /// A requirement declaration line, read by hand: what <c>^\s*[-*+]\s+(~~)?\*\*((?:FR|SC)-?\d+[A-Za-z]?)\*\*(?:~~)?\s*:?\s*(.*)$</c>
    /// matched (<c>- **FR-001**: System MUST …</c>, withdrawn when struck through). A regex match with its groups per
    /// requirement was a third of what parsing a spec.md allocated.
    /// </summary>
    internal static class RequirementLineSyntax
    {
        [MethodImpl(JitHints.Optimize)]
        public static bool TryRead(string line, out bool withdrawn, out int idStart, out int idLength, out int textStart)
        {
            withdrawn = false;
            idStart = idLength = textStart = 0;
            int i = SkipWhitespace(line, 0);
            if (i >= line.Length || (line[i] != '-' && line[i] != '*' && line[i] != '+'))
            {
                return false;
            }

            int afterBullet = SkipWhitespace(line, i + 1);
            if (afterBullet == i + 1)
            {
                return false;
            }

            i = afterBullet;
            withdrawn = StartsWith(line, i, "~~");
            if (withdrawn)
            {
                i += 2;
            }

            if (!StartsWith(line, i, "**") || !(StartsWith(line, i + 2, "FR") || StartsWith(line, i + 2, "SC")))
            {
                return false;
            }

            idStart = i + 2;
            int end = idStart + 2;
            if (StartsWith(line, end, "-"))
            {
                end++;
            }

            int digitsStart = end;
            while (end < line.Length && char.IsDigit(line[end]))
            {
                end++;
            }

            if (end == digitsStart)
            {
                return false;
            }

            if (end < line.Length && IsAsciiLetter(line[end]) && StartsWith(line, end + 1, "**"))
            {
                end++;
            }

            if (!StartsWith(line, end, "**"))
            {
                return false;
            }

            idLength = end - idStart;
            i = end + 2;
            if (StartsWith(line, i, "~~"))
            {
                i += 2;
            }

            i = SkipWhitespace(line, i);
            if (StartsWith(line, i, ":"))
            {
                i = SkipWhitespace(line, i + 1);
            }

            textStart = i;
            return true;
        }

        private static int SkipWhitespace(string line, int index)
        {
            while (index < line.Length && char.IsWhiteSpace(line[index]))
            {
                index++;
            }

            return index;
        }

        private static bool StartsWith(string line, int index, string value) =>
            index >= 0 && index + value.Length <= line.Length && string.CompareOrdinal(line, index, value, 0, value.Length) == 0;

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
