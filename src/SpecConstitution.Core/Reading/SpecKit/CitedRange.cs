using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// A range of requirement IDs as teams write them after the first ID: <c>FR-001~005</c>, <c>FR-060-064</c>,
    /// <c>FR-021..024</c>, <c>FR-036..FR-038</c>, <c>FR-001 through FR-016</c>, <c>FR-001 to FR-010</c>, full-width
    /// <c>FR-001〜005</c>, en dash <c>FR-001–005</c>. Every ID in between is cited.
    /// </summary>
    internal static class CitedRange
    {
        // Wider spans are not ranges: "FR-011-104" is feature 011's requirement 104, not ninety-four citations.
        private const int MaxSpan = 50;

        private static readonly Regex Tail = new Regex(
            @"\G(?:\s*(?:~|〜|～|\.\.\.?|–|—|-)\s*|\s+(?:through|thru|to|bis|até|a|до)\s+)(?<prefix>FR-|SC-)?(?<to>\d{1,4})\b",
            RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        /// <summary>Adds the IDs after the one at [at, end) when a range follows it; returns where reading goes on.</summary>
        public static int Expand(string text, int at, int end, string? feature, TextRange range, List<RequirementCitation> citations)
        {
            Match tail = Tail.Match(text, end);
            if (!tail.Success)
            {
                return end;
            }

            string prefix = text.Substring(at, 3);
            if (tail.Groups["prefix"].Success && tail.Groups["prefix"].Value != prefix)
            {
                return end;
            }

            string first = text.Substring(at + 3, end - at - 3);
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int from) ||
                !int.TryParse(tail.Groups["to"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int to) ||
                to <= from || to - from > MaxSpan)
            {
                return end;
            }

            int width = System.Math.Max(first.Length, 3);
            for (int n = from + 1; n <= to; n++)
            {
                // The range's last ID is written out: it is as much a citation as the first.
                citations.Add(new RequirementCitation(feature, prefix + n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'), range) { IsInsideRange = n < to || !tail.Groups["prefix"].Success });
            }

            return tail.Index + tail.Length;
        }
    }
}
