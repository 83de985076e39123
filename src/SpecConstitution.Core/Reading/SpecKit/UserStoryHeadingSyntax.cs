using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// A story heading's text, read by hand: what
    /// <c>^User Story\s+(?&lt;n&gt;\d+)\s*(?:[-–—:]\s*(?&lt;title&gt;.*?))?\s*(?:\(Priority:\s*(?&lt;p&gt;P\d+)\s*\))?\s*(?:🎯.*)?$</c>
    /// (ignoring case) matched, e.g. <c>User Story 1 - Browse the catalog (Priority: P1) 🎯 MVP</c>. The interpreted regex
    /// spent ~7 µs per heading on its lazy title, and every story heading met it twice.
    /// The text is one line (a heading), so the regex's <c>.</c> and <c>$</c> never meet a line break.
    /// </summary>
    internal static class UserStoryHeadingSyntax
    {
        private const string Opening = "User Story";
        private const string PriorityOpening = "(Priority:";
        private const string Mvp = "\U0001F3AF";

        /// <summary>The heading starts with "User Story" (ASCII letters in either case): the legacy format test asks only this much of most headings.</summary>
        public static bool MayBeStory(string heading) => LineScan.StartsWithAsciiIgnoreCaseAt(heading, 0, Opening);

        [MethodImpl(JitHints.Optimize)]
        public static bool TryRead(string heading, out int numberStart, out int numberLength, out int titleStart, out int titleLength, out int priorityStart, out int priorityLength)
        {
            numberStart = numberLength = titleStart = titleLength = priorityStart = priorityLength = 0;
            if (!MayBeStory(heading))
            {
                return false;
            }

            int i = LineScan.SkipWhitespace(heading, Opening.Length);
            if (i == Opening.Length)
            {
                return false;
            }

            // ASCII digits, where the regex took any \d: "User Story ١" made int.Parse throw and the tree fail to load.
            numberStart = i;
            i = LineScan.SkipAsciiDigits(heading, i);

            numberLength = i - numberStart;
            if (numberLength == 0)
            {
                return false;
            }

            i = LineScan.SkipWhitespace(heading, i);
            if (i < heading.Length && IsTitleSeparator(heading[i]))
            {
                // The lazy title: the shortest run after the separator that the optional priority and MVP mark end.
                titleStart = LineScan.SkipWhitespace(heading, i + 1);
                for (int end = titleStart; ; end++)
                {
                    if (TryReadEnding(heading, end, out priorityStart, out priorityLength))
                    {
                        titleLength = end - titleStart;
                        return true;
                    }
                }
            }

            titleStart = i;
            return TryReadEnding(heading, i, out priorityStart, out priorityLength);
        }

        private static bool IsTitleSeparator(char c) => c == '-' || c == '\u2013' || c == '\u2014' || c == ':';

        /// <summary><c>\s*(?:\(Priority:\s*(?&lt;p&gt;P\d+)\s*\))?\s*(?:🎯.*)?$</c> from <paramref name="index"/> to the end.</summary>
        private static bool TryReadEnding(string heading, int index, out int priorityStart, out int priorityLength)
        {
            priorityStart = priorityLength = 0;
            int i = LineScan.SkipWhitespace(heading, index);
            if (LineScan.StartsWithAsciiIgnoreCaseAt(heading, i, PriorityOpening))
            {
                int p = LineScan.SkipWhitespace(heading, i + PriorityOpening.Length);
                int digits = p + 1;
                int end = digits;
                while (end < heading.Length && char.IsDigit(heading[end]))
                {
                    end++;
                }

                int close = LineScan.SkipWhitespace(heading, end);
                if (p < heading.Length && (heading[p] == 'P' || heading[p] == 'p') && end > digits && close < heading.Length && heading[close] == ')' &&
                    EndsHere(heading, LineScan.SkipWhitespace(heading, close + 1)))
                {
                    priorityStart = p;
                    priorityLength = end - p;
                    return true;
                }

                return false; // without the priority, "(" can end nothing
            }

            return EndsHere(heading, i);
        }

        private static bool EndsHere(string heading, int index) => index == heading.Length || LineScan.StartsWithAt(heading, index, Mvp);
    }
}
