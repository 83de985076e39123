using System.Globalization;
using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// The parts of a task line, found by hand: what the regex
    /// <c>^(\s*)([-*+])\s+\[([ xX])\]\s+(\*\*)?(T\d+([a-z]|\.\d+)?)\b(?:\*\*)?(:)?(.*)$</c> matched, with ASCII digits.
    /// A regex match with its groups allocated 1–2 KB per task line, the largest cost of parsing a 1,000-feature tree.
    /// </summary>
    internal readonly struct TaskLineSyntax
    {
        private TaskLineSyntax(int indent, char bullet, char done, bool bold, int idStart, int idLength, bool suffixed, bool colon, int restStart)
        {
            Indent = indent;
            Bullet = bullet;
            Done = done;
            BoldId = bold;
            IdStart = idStart;
            IdLength = idLength;
            Suffixed = suffixed;
            Colon = colon;
            RestStart = restStart;
        }

        /// <summary>Length of the leading whitespace.</summary>
        public int Indent { get; }

        public char Bullet { get; }

        /// <summary>The checkbox content: ' ', 'x' or 'X'.</summary>
        public char Done { get; }

        public bool BoldId { get; }

        public int IdStart { get; }

        public int IdLength { get; }

        /// <summary>The ID carries a suffix (<c>T001a</c>, <c>T001.2</c>).</summary>
        public bool Suffixed { get; }

        /// <summary>A colon follows the ID (<c>T001: …</c>).</summary>
        public bool Colon { get; }

        /// <summary>Where the text after the ID (and its closing bold and colon) starts.</summary>
        public int RestStart { get; }

        // "- [x] ✅ T001", "- [ ] ⬜ T002": a status emoji the team puts before the ID (and the space after it).
        private static int SkipDecoration(string line, int i)
        {
            int start = i;
            while (i < line.Length && line[i] != ' ' && line[i] != 'T' && line[i] != '*' && IsSymbol(line, i))
            {
                i += char.IsHighSurrogate(line[i]) ? 2 : 1;
            }

            return i == start ? start : LineScan.SkipWhitespace(line, i);
        }

        private static bool IsSymbol(string line, int i)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(line, i);
            return category == UnicodeCategory.OtherSymbol || category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.Format ||
                (char.IsSurrogate(line[i]) && category == UnicodeCategory.Surrogate);
        }

        [MethodImpl(JitHints.Optimize)]
        public static bool TryRead(string line, out TaskLineSyntax syntax)
        {
            syntax = default;
            int i = LineScan.SkipWhitespace(line, 0);
            int indent = i;
            if (i >= line.Length || (line[i] != '-' && line[i] != '*' && line[i] != '+'))
            {
                return false;
            }

            char bullet = line[i++];
            int afterBullet = LineScan.SkipWhitespace(line, i);
            if (afterBullet == i || afterBullet + 2 >= line.Length || line[afterBullet] != '[' || line[afterBullet + 2] != ']')
            {
                return false;
            }

            char done = line[afterBullet + 1];
            if (done != ' ' && done != 'x' && done != 'X')
            {
                return false;
            }

            i = afterBullet + 3;
            int afterBox = LineScan.SkipWhitespace(line, i);
            if (afterBox == i)
            {
                return false;
            }

            i = SkipDecoration(line, afterBox);
            bool bold = At(line, i, '*') && At(line, i + 1, '*');
            if (bold)
            {
                i += 2;
            }

            if (!At(line, i, 'T') || !LineScan.IsAsciiDigitAt(line, i + 1))
            {
                return false;
            }

            int idStart = i;
            int digitsEnd = LineScan.SkipAsciiDigits(line, i + 1);
            int idEnd = SuffixEnd(line, digitsEnd);
            bool suffixed = idEnd > digitsEnd;
            if (!suffixed && !IsBoundary(line, digitsEnd))
            {
                return false; // "T001ab": no shorter run of digits ends at a word boundary either
            }

            i = idEnd;
            if (At(line, i, '*') && At(line, i + 1, '*'))
            {
                i += 2;
            }

            bool colon = At(line, i, ':');
            if (colon)
            {
                i++;
            }

            syntax = new TaskLineSyntax(indent, bullet, done, bold, idStart, idEnd - idStart, suffixed, colon, i);
            return true;
        }

        /// <summary>The numeric part of the ID (T012a → 12), at most nine digits so it fits an int.</summary>
        public int Number(string line)
        {
            int end = LineScan.SkipAsciiDigits(line, IdStart + 1);
            return int.Parse(line.Substring(IdStart + 1, System.Math.Min(end - IdStart - 1, 9)), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        // A suffix counts only where a word boundary follows it: "T001a " and "T001.2 " yes, "T001ab" and "T001.2x" no.
        private static int SuffixEnd(string line, int digitsEnd)
        {
            if (digitsEnd < line.Length && line[digitsEnd] >= 'a' && line[digitsEnd] <= 'z' && IsBoundary(line, digitsEnd + 1))
            {
                return digitsEnd + 1;
            }

            if (At(line, digitsEnd, '.') && LineScan.IsAsciiDigitAt(line, digitsEnd + 1))
            {
                int end = LineScan.SkipAsciiDigits(line, digitsEnd + 1);
                if (IsBoundary(line, end))
                {
                    return end;
                }
            }

            return digitsEnd;
        }

        // After a word character (the ID's last), a boundary is the end of the line or a non-word character.
        private static bool IsBoundary(string line, int index) => index >= line.Length || !LineScan.IsWordCharacter(line[index]);

        private static bool At(string line, int index, char c) => index < line.Length && line[index] == c;
    }
}
