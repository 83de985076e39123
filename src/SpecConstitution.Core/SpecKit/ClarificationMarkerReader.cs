using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    internal static class ClarificationMarkerReader
    {
        // Spec-Kit writes "[NEEDS CLARIFICATION: question]"; a bare "[NEEDS CLARIFICATION]" is open too.
        private static readonly Regex Marker = new Regex(
            @"\[NEEDS CLARIFICATION(?:\s*[:\-–]\s*(?<q>[^\]]*))?\]",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, System.TimeSpan.FromSeconds(1));

        public static List<ClarificationMarker> Read(IReadOnlyList<MarkdownLine> lines)
        {
            var markers = new List<ClarificationMarker>();
            foreach (MarkdownLine line in lines)
            {
                if (!line.IsProse || line.Text.IndexOf("NEEDS CLARIFICATION", System.StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                foreach (Match match in Marker.Matches(line.Text))
                {
                    string question = match.Groups["q"].Success ? match.Groups["q"].Value.Trim() : string.Empty;
                    markers.Add(new ClarificationMarker(question, TextRange.OnLine(line.Number, match.Index + 1, match.Length)));
                }
            }

            return markers;
        }
    }
}
