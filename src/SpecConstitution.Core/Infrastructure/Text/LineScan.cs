using System.Globalization;

namespace SpecConstitution.Infrastructure.Text
{
    /// <summary>
    /// Character tests and steps shared by the hand-written line readers (task lines, task citations, requirement
    /// lines), which replaced regexes and must keep their character classes: <c>\s</c>, <c>\w</c> and ASCII digits.
    /// </summary>
    internal static class LineScan
    {
        /// <summary>The first index at or after <paramref name="index"/> that is not whitespace (<c>\s</c>).</summary>
        public static int SkipWhitespace(string line, int index)
        {
            while (index < line.Length && char.IsWhiteSpace(line[index]))
            {
                index++;
            }

            return index;
        }

        /// <summary>Where <c>line[start..end)</c> ends without its trailing whitespace (<c>\s</c>); <paramref name="start"/> at most.</summary>
        public static int TrimWhitespaceEnd(string line, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(line[end - 1]))
            {
                end--;
            }

            return end;
        }

        /// <summary>The first index at or after <paramref name="index"/> that is not an ASCII digit.</summary>
        public static int SkipAsciiDigits(string line, int index)
        {
            while (IsAsciiDigitAt(line, index))
            {
                index++;
            }

            return index;
        }

        public static bool IsAsciiDigitAt(string line, int index) => index < line.Length && line[index] >= '0' && line[index] <= '9';

        public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');

        /// <summary>The line holds <paramref name="value"/> at <paramref name="index"/> (ordinal).</summary>
        public static bool StartsWithAt(string line, int index, string value) =>
            index >= 0 && index + value.Length <= line.Length && string.CompareOrdinal(line, index, value, 0, value.Length) == 0;

        /// <summary>
        /// The line holds <paramref name="value"/> at <paramref name="index"/>, ASCII letters in either case and nothing
        /// else folded: what a <c>RegexOptions.IgnoreCase | CultureInvariant</c> literal of ASCII letters matches
        /// (<c>OrdinalIgnoreCase</c> also folds "ı" to "I").
        /// </summary>
        public static bool StartsWithAsciiIgnoreCaseAt(string line, int index, string value)
        {
            if (index < 0 || index + value.Length > line.Length)
            {
                return false;
            }

            for (int k = 0; k < value.Length; k++)
            {
                char c = line[index + k], expected = value[k];
                if (c != expected && !(IsAsciiLetter(expected) && (c | 0x20) == (expected | 0x20)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The line holds one of <paramref name="values"/> at <paramref name="index"/> (ordinal). A loop, not
        /// <c>Any</c>: parsers ask this for many lines, and a closure per call added up.</summary>
        public static bool StartsWithAnyAt(string line, int index, string[] values)
        {
            foreach (string value in values)
            {
                if (StartsWithAt(line, index, value))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsWordCharacterAt(string line, int index) => index < line.Length && IsWordCharacter(line[index]);

        /// <summary>The regex <c>\w</c>: letters, decimal digits, connector punctuation, combining marks, ZWJ and ZWNJ.</summary>
        public static bool IsWordCharacter(char c)
        {
            if (char.IsLetterOrDigit(c) || c == '_' || c == '\u200C' || c == '\u200D')
            {
                return true;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.ConnectorPunctuation;
        }
    }
}
