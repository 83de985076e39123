using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// Finds requirement IDs a task line cites: <c>FR-001</c>, <c>SC-2a</c>, or qualified <c>001-auth/FR-003</c>.
    /// By hand, with exactly what <c>(?&lt;![\w/-])(?:(\d{3,}-[A-Za-z0-9][A-Za-z0-9-]*)/)?((?:FR|SC)-\d{1,4}[a-z]?)\b</c>
    /// matched (with the feature number in ASCII digits, as Spec-Kit names folders): that regex, tried at every position
    /// of every task line, was 80 % of the time of parsing a tasks.md.
    /// </summary>
    internal static class TaskCitationReader
    {
        [MethodImpl(JitHints.Optimize)]
        public static List<RequirementCitation>? Read(string text, int start, int lineNumber)
        {
            List<RequirementCitation>? citations = null;
            int searchFrom = start;
            while (searchFrom < text.Length)
            {
                int at = NextPrefix(text, searchFrom);
                if (at < 0)
                {
                    break;
                }

                int end = IdEnd(text, at);
                int citationStart = end < 0 ? -1 : CitationStart(text, at, start);
                if (citationStart < 0)
                {
                    searchFrom = at + 1;
                    continue;
                }

                string? feature = citationStart < at ? text.Substring(citationStart, at - 1 - citationStart) : null;
                citations ??= new List<RequirementCitation>();
                TextRange range = TextRange.OnLine(lineNumber, citationStart + 1, end - citationStart);
                citations.Add(new RequirementCitation(feature, SharedText.Id(text, at, end - at), range));
                searchFrom = CitedRange.Expand(text, at, end, feature, range, citations);
            }

            return citations;
        }

        // The next "FR-" or "SC-".
        private static int NextPrefix(string text, int from)
        {
            int fr = text.IndexOf("FR-", from, System.StringComparison.Ordinal);
            int sc = text.IndexOf("SC-", from, System.StringComparison.Ordinal);
            return fr < 0 ? sc : sc < 0 ? fr : System.Math.Min(fr, sc);
        }

        // "FR-" then one to four digits, an optional lower-case letter, and a word boundary; -1 when it is not an ID.
        private static int IdEnd(string text, int at)
        {
            int digitsStart = at + 3;
            int digitsEnd = digitsStart;
            while (digitsEnd < text.Length && char.IsDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            int digits = digitsEnd - digitsStart;
            if (digits < 1 || digits > 4)
            {
                return -1; // more than four digits: no shorter run ends at a word boundary
            }

            if (digitsEnd < text.Length && text[digitsEnd] >= 'a' && text[digitsEnd] <= 'z' && !LineScan.IsWordCharacterAt(text, digitsEnd + 1))
            {
                return digitsEnd + 1;
            }

            return LineScan.IsWordCharacterAt(text, digitsEnd) ? -1 : digitsEnd;
        }

        // Where the citation starts: at the ID itself, or at a feature folder name right before a '/'; -1 when the ID is
        // glued to a word, a path or a dash ("xFR-1", "docs/FR-1", "NFR-1"), which are not citations.
        private static int CitationStart(string text, int at, int start)
        {
            if (at == 0 || text[at - 1] != '/')
            {
                return at > start - 1 && !IsGlued(text, at) ? at : -1;
            }

            int folderStart = at - 1;
            while (folderStart > 0 && IsFolderCharacter(text[folderStart - 1]))
            {
                folderStart--;
            }

            return folderStart >= start && !IsGlued(text, folderStart) && IsFeatureFolder(text, folderStart, at - 1) ? folderStart : -1;
        }

        // \d{3,}-[A-Za-z0-9][A-Za-z0-9-]* over [from, to).
        private static bool IsFeatureFolder(string text, int from, int to)
        {
            int i = LineScan.SkipAsciiDigits(text, from); // stops at the '/' at `to` at the latest
            return i - from >= 3 && i + 1 < to && text[i] == '-' && LineScan.IsAsciiLetterOrDigit(text[i + 1]);
        }

        private static bool IsGlued(string text, int index)
        {
            if (index == 0)
            {
                return false;
            }

            char before = text[index - 1];
            return before == '/' || before == '-' || LineScan.IsWordCharacter(before);
        }

        private static bool IsFolderCharacter(char c) => LineScan.IsAsciiLetterOrDigit(c) || c == '-';
    }
}
