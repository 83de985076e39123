using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reading.SpecKit
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
            int i = LineScan.SkipWhitespace(line, 0);
            if (i >= line.Length || (line[i] != '-' && line[i] != '*' && line[i] != '+'))
            {
                return false;
            }

            int afterBullet = LineScan.SkipWhitespace(line, i + 1);
            if (afterBullet == i + 1)
            {
                return false;
            }

            i = afterBullet;
            withdrawn = LineScan.StartsWithAt(line, i, "~~");
            if (withdrawn)
            {
                i += 2;
            }

            if (!LineScan.StartsWithAt(line, i, "**") || !(LineScan.StartsWithAt(line, i + 2, "FR") || LineScan.StartsWithAt(line, i + 2, "SC")))
            {
                return false;
            }

            idStart = i + 2;
            int end = idStart + 2;
            if (LineScan.StartsWithAt(line, end, "-"))
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

            if (end < line.Length && LineScan.IsAsciiLetter(line[end]) && LineScan.StartsWithAt(line, end + 1, "**"))
            {
                end++;
            }

            idLength = end - idStart;
            // "**SC-003 (first impression, timed)**:": a note inside the bold after the ID.
            if (LineScan.StartsWithAt(line, end, " (") && line.IndexOf(')', end) is int close && close > end && LineScan.StartsWithAt(line, close + 1, "**"))
            {
                end = close + 1;
            }

            if (!LineScan.StartsWithAt(line, end, "**"))
            {
                return false;
            }

            i = end + 2;
            if (LineScan.StartsWithAt(line, i, "~~"))
            {
                i += 2;
            }

            i = LineScan.SkipWhitespace(line, i);
            if (LineScan.StartsWithAt(line, i, ":"))
            {
                i = LineScan.SkipWhitespace(line, i + 1);
            }

            textStart = i;
            return true;
        }
    }
}
