using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Reading.SpecKit
{
    internal static class ClarificationMarkerReader
    {
        // Spec-Kit writes "[NEEDS CLARIFICATION: question]"; a bare "[NEEDS CLARIFICATION]" is open too.
        private static readonly Regex Marker = new Regex(
            @"\[NEEDS CLARIFICATION(?:\s*[:\-–]\s*(?<q>[^\]]*))?\]",
            RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        private static readonly Regex CheckboxItem = new Regex(@"^\s*[-*+]\s+\[[ xX]\]\s", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        private static readonly Regex Strikethrough = new Regex(@"~~.+?~~", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        // A struck-through requirement ("~~**FR-035**: … [NEEDS CLARIFICATION: …]~~") was withdrawn along with its question.
        private static string MaskStrikethrough(string text) =>
            text.IndexOf("~~", System.StringComparison.Ordinal) < 0 ? text : Strikethrough.Replace(text, m => new string(' ', m.Length));

        private static readonly string[] GuidanceSections = { "quick guidelines", "⚡ quick guidelines", "execution flow", "for ai generation" };

        // "No outstanding [NEEDS CLARIFICATION] markers", "Resolve any [NEEDS CLARIFICATION] markers": prose about markers.
        private static bool NamesMarkers(string text, int after)
        {
            string rest = text.Substring(after).TrimStart(' ', '`', '*', '_');
            return rest.StartsWith("marker", System.StringComparison.OrdinalIgnoreCase) || rest.StartsWith("item", System.StringComparison.OrdinalIgnoreCase) ||
                rest.StartsWith("tag", System.StringComparison.OrdinalIgnoreCase) || rest.StartsWith("placeholder", System.StringComparison.OrdinalIgnoreCase);
        }

        [MethodImpl(JitHints.Optimize)]
        public static List<ClarificationMarker> Read(MarkdownLine[] lines)
        {
            var markers = new List<ClarificationMarker>();
            IReadOnlyList<MarkdownSection>? sections = null;
            foreach (MarkdownLine line in lines)
            {
                if (!line.IsProse || line.Text.IndexOf("NEEDS CLARIFICATION", System.StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                // The 2025 templates' own instructions ("Use [NEEDS CLARIFICATION: specific question] for…") are often left in.
                sections ??= SectionIndex.Build(lines);
                if (SectionIndex.Enclosing(sections, line.Number, GuidanceSections) != null)
                {
                    continue;
                }

                // "- [x] No [NEEDS CLARIFICATION] markers remain" is a checklist item talking about markers, not one.
                bool isChecklistItem = CheckboxItem.IsMatch(line.Text);
                foreach (Match match in Marker.Matches(MaskStrikethrough(InlineCode.Mask(line.Text))))
                {
                    bool bare = !match.Groups["q"].Success;
                    if (bare && (isChecklistItem || NamesMarkers(line.Text, match.Index + match.Length)))
                    {
                        continue;
                    }

                    string question = bare ? string.Empty : match.Groups["q"].Value.Trim();
                    markers.Add(new ClarificationMarker(question, TextRange.OnLine(line.Number, match.Index + 1, match.Length)));
                }
            }

            return markers;
        }
    }
}
