using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    public static class ConstitutionParser
    {
        private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);
        private static readonly Regex VersionField = new Regex(@"\*\*Version\*\*\s*:\s*(?<v>[^\s|*]+)", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex RatifiedField = new Regex(@"\*\*Ratified\*\*\s*:\s*(?<v>[^\s|*]+)", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex AmendedField = new Regex(@"\*\*Last Amended\*\*\s*:\s*(?<v>[^\s|*]+)", RegexOptions.CultureInvariant, Timeout);

        public static ConstitutionDocument Parse(SourceFile file)
        {
            var headings = new List<MarkdownHeading>();
            string? version = null, ratified = null, amended = null;
            TextRange versionRange = TextRange.StartOfFile;

            foreach (MarkdownLine line in MarkdownScanner.Scan(file))
            {
                if (!line.IsProse)
                {
                    continue;
                }

                if (line.HeadingLevel > 0)
                {
                    int column = line.Text.IndexOf(line.HeadingText, System.StringComparison.Ordinal) + 1;
                    headings.Add(new MarkdownHeading(line.HeadingLevel, line.HeadingText, TextRange.OnLine(line.Number, column, line.HeadingText.Length)));
                    continue;
                }

                Match match = VersionField.Match(line.Text);
                if (version == null && match.Success)
                {
                    Group value = match.Groups["v"];
                    version = value.Value;
                    versionRange = TextRange.OnLine(line.Number, value.Index + 1, value.Length);
                    ratified = ReadField(RatifiedField, line.Text);
                    amended = ReadField(AmendedField, line.Text);
                }
            }

            return new ConstitutionDocument(file, headings, version, versionRange, ratified, amended);
        }

        private static string? ReadField(Regex field, string text)
        {
            Match match = field.Match(text);
            return match.Success ? match.Groups["v"].Value : null;
        }
    }
}
