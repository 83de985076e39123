using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Reading.SpecKit
{
    public static class ConstitutionParser
    {
        private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);
        // "**Version**: 1.2.0", "**Version:** 1.2.0", and a localized template's label ("**バージョン**: 1.0.0", "**版本**: 1.0.0").
        private static readonly Regex VersionField = new Regex(
            @"\*\*(?:Version\*\*\s*:|Version:\*\*|[^*\x00-\x7F][^*]*\*\*\s*:(?=\s*v?\d+\.\d+\.\d+))\s*(?<v>[^\s|*]+)",
            RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex RatifiedField = new Regex(@"\*\*Ratified\*\*\s*:\s*(?<v>[^|*]+?)\s*(?:\||$)", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex AmendedField = new Regex(@"\*\*Last Amended\*\*\s*:\s*(?<v>[^|*]+?)\s*(?:\||$)", RegexOptions.CultureInvariant, Timeout);

        // "Version: 1.0.0 | Ratified: …" without the bold, or "**Version** 1.0.0": the version line, misspelt.
        private static readonly Regex LooseVersionLine = new Regex(@"^\s*\**\s*Version\s*\**\s*:?\s*\**\s*v?\d+(?:\.\d+)*.*\bRatified\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

        private static readonly Regex SyncVersionChange = new Regex(@"Version change\s*:\s*(?<from>.*?)\s*(?:→|->)\s*(?<to>v?\d+\.\d+\.\d+[^\s,;)]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

        public static ConstitutionDocument Parse(SourceFile file)
        {
            MarkdownLine[] lines = MarkdownScanner.Scan(file);
            var headings = new List<MarkdownHeading>();
            string? version = null, ratified = null, amended = null, syncVersion = null;
            TextRange versionRange = TextRange.StartOfFile, ratifiedRange = TextRange.StartOfFile, amendedRange = TextRange.StartOfFile, syncRange = TextRange.StartOfFile;
            TextRange? versionLine = null, malformed = null;

            foreach (MarkdownLine line in lines)
            {
                // The Sync Impact Report usually lives in an HTML comment at the top of the file.
                Match change = syncVersion == null ? SyncVersionChange.Match(line.Text) : Match.Empty;
                if (change.Success)
                {
                    Group to = change.Groups["to"];
                    syncVersion = to.Value.TrimStart('v');
                    syncRange = TextRange.OnLine(line.Number, to.Index + 1, to.Length);
                }

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
                    versionLine = TextRange.OnLine(line.Number, 1, line.Text.Length);
                    ReadField(RatifiedField, line, ref ratified, ref ratifiedRange);
                    ReadField(AmendedField, line, ref amended, ref amendedRange);
                }
                else if (version == null && malformed == null && LooseVersionLine.IsMatch(line.Text))
                {
                    malformed = TextRange.OnLine(line.Number, 1, line.Text.Length);
                }
            }

            return new ConstitutionDocument(file, headings, version, versionRange, ratified, amended)
            {
                RatifiedRange = ratifiedRange,
                LastAmendedRange = amendedRange,
                VersionLineRange = versionLine,
                MalformedVersionLine = malformed,
                SyncImpactVersion = syncVersion,
                SyncImpactVersionRange = syncRange,
                Placeholders = PlaceholderReader.ReadConstitutionTokens(lines),
                Principles = ReadPrinciples(headings),
            };
        }

        private static void ReadField(Regex field, MarkdownLine line, ref string? value, ref TextRange range)
        {
            Match match = field.Match(line.Text);
            if (match.Success)
            {
                Group v = match.Groups["v"];
                value = v.Value.Trim();
                range = TextRange.OnLine(line.Number, v.Index + 1, v.Length);
            }
        }

        private static IReadOnlyList<MarkdownHeading> ReadPrinciples(List<MarkdownHeading> headings)
        {
            int core = headings.FindIndex(h => h.Level == 2 && SectionIndex.Normalize(h.Text).Contains("principles"));
            if (core < 0)
            {
                return headings.Where(h => h.Level == 3).ToArray();
            }

            return headings.Skip(core + 1).TakeWhile(h => h.Level > 2).Where(h => h.Level == 3).ToArray();
        }
    }
}
