using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    public static class SpecParser
    {
        private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);

        // Requirements are declared as list items: "- **FR-001**: System MUST ...". Mentions in prose are not declarations.
        private static readonly Regex RequirementItem = new Regex(
            @"^\s*[-*+]\s+\*\*(?<id>(?:FR|SC)-\d+[a-z]?)\*\*\s*:?\s*(?<text>.*)$", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex StatusField = new Regex(@"^\s*\*\*Status\*\*\s*:\s*(?<v>.+?)\s*$", RegexOptions.CultureInvariant, Timeout);

        public static SpecDocument Parse(SourceFile file)
        {
            IReadOnlyList<MarkdownLine> lines = MarkdownScanner.Scan(file);
            string? title = null, status = null;
            var requirements = new List<Requirement>();

            foreach (MarkdownLine line in lines)
            {
                if (!line.IsProse)
                {
                    continue;
                }

                if (title == null && line.HeadingLevel == 1)
                {
                    int colon = line.HeadingText.IndexOf(':');
                    title = colon >= 0 ? line.HeadingText.Substring(colon + 1).Trim() : line.HeadingText;
                    continue;
                }

                Match statusMatch = status == null ? StatusField.Match(line.Text) : Match.Empty;
                if (statusMatch.Success)
                {
                    status = statusMatch.Groups["v"].Value.Trim('*', ' ');
                    continue;
                }

                Match item = RequirementItem.Match(line.Text);
                if (item.Success)
                {
                    Group id = item.Groups["id"];
                    requirements.Add(new Requirement(id.Value, item.Groups["text"].Value.Trim(), TextRange.OnLine(line.Number, id.Index + 1, id.Length)));
                }
            }

            return new SpecDocument(file, title, status, requirements, ClarificationMarkerReader.Read(lines));
        }
    }
}
