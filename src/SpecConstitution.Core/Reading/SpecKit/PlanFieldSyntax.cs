using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// A bold field line of plan.md's Technical Context, read by hand: what
    /// <c>^\s*(?:[-*+]\s+)?\*\*(?&lt;name&gt;[^*]+?)\*\*\s*:\s*(?&lt;v&gt;.*?)\s*$</c> matched, e.g.
    /// <c>**Language/Version**: C# 13 / .NET 10</c>. The interpreted regex took ~5 µs per line of that section.
    /// The text is one line, so the regex's <c>.</c> and <c>$</c> never meet a line break.
    /// </summary>
    internal static class PlanFieldSyntax
    {
        [MethodImpl(JitHints.Optimize)]
        public static bool TryRead(string line, out int nameStart, out int nameLength, out int valueStart, out int valueLength)
        {
            nameStart = nameLength = valueStart = valueLength = 0;
            int i = LineScan.SkipWhitespace(line, 0);
            if (i < line.Length && (line[i] == '-' || line[i] == '*' || line[i] == '+'))
            {
                // A bullet needs the whitespace after it; "**" at the same place is the field itself.
                int afterBullet = LineScan.SkipWhitespace(line, i + 1);
                if (afterBullet > i + 1)
                {
                    i = afterBullet;
                }
            }

            if (!LineScan.StartsWithAt(line, i, "**"))
            {
                return false;
            }

            // The name holds no "*": it ends at the first one, which must open the closing "**".
            nameStart = i + 2;
            int nameEnd = line.IndexOf('*', nameStart);
            if (nameEnd <= nameStart || !LineScan.StartsWithAt(line, nameEnd, "**"))
            {
                return false;
            }

            int colon = LineScan.SkipWhitespace(line, nameEnd + 2);
            if (colon >= line.Length || line[colon] != ':')
            {
                return false;
            }

            nameLength = nameEnd - nameStart;
            valueStart = LineScan.SkipWhitespace(line, colon + 1);
            valueLength = LineScan.TrimWhitespaceEnd(line, valueStart, line.Length) - valueStart;
            return true;
        }
    }
}
