using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>Reads plan.md: Technical Context fields, Constitution Check, Complexity Tracking, cited constitution version.</summary>
    public static class PlanParser
    {
        private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);

        public static readonly IReadOnlyList<string> TechnicalContextFields = new[]
        {
            "Language/Version", "Primary Dependencies", "Storage", "Testing", "Target Platform",
            "Project Type", "Performance Goals", "Constraints", "Scale/Scope",
        };

        private static readonly Regex Failing = new Regex(@"❌|\bFAIL(?:ED|S|ING)?\b|\b[Vv]iolat(?:ion|ions|ed|es)\b|\bVIOLAT(?:ION|IONS|ED)\b", RegexOptions.CultureInvariant, Timeout);

        // "FAIL" in capitals is a verdict; "fail closed" or "failing tests" is prose about a principle.

        private static readonly Regex Negated = new Regex(@"\b(?:no|none|zero|0|without|any)\b[^|]{0,20}\bviolat|violations?\**\s*[:|]\s*\**\s*(?:none|n/a|0)\b|\bFAIL\b[^|]{0,40}→|if\b[^|]{0,30}\b(?:fail|violat)",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

        private static readonly Regex Structural = new Regex(@"^\s*(?:\||[-*+]\s|\d+[.)]\s)", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex TableSeparator = new Regex(@"^\s*\|?[\s:|-]+\|?\s*$", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex CitedVersion = new Regex(@"\bconstitution\b(?:\*\*)?[\s:(]{0,4}(?:version\s*)?v(?<v>\d+\.\d+\.\d+)\b|\bconstitution\s+version\s+(?<v>\d+\.\d+\.\d+)\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

        [MethodImpl(JitHints.Optimize)]
        public static PlanDocument Parse(SourceFile file)
        {
            MarkdownLine[] lines = MarkdownScanner.Scan(file);
            IReadOnlyList<MarkdownSection> sections = SectionIndex.Build(lines);
            MarkdownSection? context = sections.FirstOrDefault(s => s.Key.StartsWith("technical context", System.StringComparison.Ordinal));
            MarkdownSection? check = sections.FirstOrDefault(s => s.Key.StartsWith("constitution check", System.StringComparison.Ordinal));
            MarkdownSection? complexity = sections.FirstOrDefault(s => s.Key.StartsWith("complexity tracking", System.StringComparison.Ordinal));

            var fields = new List<PlanField>();
            var violations = new List<PlanLine>();
            var rows = new List<PlanLine>();
            var versions = new List<PlanLine>();
            bool complexityHeaderSeen = false;
            bool justificationTable = false;

            foreach (MarkdownLine line in lines)
            {
                if (!line.IsProse || line.HeadingLevel > 0)
                {
                    continue;
                }

                string text = InlineCode.Mask(line.Text);
                if (context != null && context.Contains(line.Number))
                {
                    if (PlanFieldSyntax.TryRead(text, out int nameStart, out int nameLength, out int valueStart, out int valueLength))
                    {
                        string name = text.Substring(nameStart, nameLength).Trim();
                        if (TechnicalContextFields.Contains(name, System.StringComparer.OrdinalIgnoreCase))
                        {
                            fields.Add(new PlanField(name, line.Text.Substring(valueStart, valueLength), TextRange.OnLine(line.Number, valueStart + 1, System.Math.Max(1, valueLength))));
                        }
                    }
                }

                // A "| Violation | Why Needed |" table inside the Check is the Complexity Tracking table moved there:
                // its rows justify, they are not violations.
                bool tableLine = text.TrimStart().StartsWith("|", System.StringComparison.Ordinal);
                justificationTable = tableLine && (justificationTable || text.IndexOf("why needed", System.StringComparison.OrdinalIgnoreCase) >= 0);
                if (justificationTable && check != null && check.Contains(line.Number))
                {
                    if (text.IndexOf("why needed", System.StringComparison.OrdinalIgnoreCase) < 0 && !TableSeparator.IsMatch(text) && IsFilledRow(text))
                    {
                        int column = line.Text.IndexOf('|') + 1;
                        rows.Add(new PlanLine(line.Text.Trim(), TextRange.OnLine(line.Number, column, line.Text.TrimEnd().Length - column + 1)));
                    }

                    continue;
                }

                if (check != null && check.Contains(line.Number) && Structural.IsMatch(text) && !IsCheckboxTemplate(text))
                {
                    Match failing = Failing.Match(text);
                    if (failing.Success && !Negated.IsMatch(text))
                    {
                        violations.Add(new PlanLine(line.Text.Trim(), TextRange.OnLine(line.Number, failing.Index + 1, failing.Length)));
                    }
                }

                if (complexity != null && complexity.Contains(line.Number) && text.TrimStart().StartsWith("|", System.StringComparison.Ordinal))
                {
                    if (!complexityHeaderSeen)
                    {
                        complexityHeaderSeen = true;
                    }
                    else if (!TableSeparator.IsMatch(text) && IsFilledRow(text))
                    {
                        int column = line.Text.IndexOf('|') + 1;
                        rows.Add(new PlanLine(line.Text.Trim(), TextRange.OnLine(line.Number, column, line.Text.TrimEnd().Length - column + 1)));
                    }
                }

                // Every prose line may cite a version, but only one naming the constitution can: the regex's literal part first.
                if (text.IndexOf("constitution", System.StringComparison.OrdinalIgnoreCase) < 0)
                {
                    continue;
                }

                foreach (Match cited in CitedVersion.Matches(text))
                {
                    Group v = cited.Groups["v"];
                    versions.Add(new PlanLine(v.Value, TextRange.OnLine(line.Number, v.Index + 1, v.Length)));
                }
            }

            return new PlanDocument(file, ClarificationMarkerReader.Read(lines))
            {
                Shape = DocumentShapeReader.Read(file),
                Format = sections.Any(s => s.Key.StartsWith("progress tracking", System.StringComparison.Ordinal) || s.Key.StartsWith("execution flow", System.StringComparison.Ordinal))
                    ? DocumentFormat.Legacy : DocumentFormat.Current,
                Sections = sections,
                TechnicalContext = fields,
                ConstitutionCheck = check,
                Violations = violations,
                ComplexityRows = rows,
                CitedConstitutionVersions = versions,
                Placeholders = PlaceholderReader.ReadFeatureTokens(lines),
            };
        }

        // The legacy template's "- [ ] Initial Constitution Check: PASS" progress items are not verdicts.
        private static bool IsCheckboxTemplate(string text) => Regex.IsMatch(text, @"^\s*[-*+]\s+\[[ xX]\]", RegexOptions.CultureInvariant, Timeout);

        private static bool IsFilledRow(string text)
        {
            string[] cells = text.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            return cells.Any(c => c.Length > 0) && !cells.All(c => c.Length == 0 || c.StartsWith("[", System.StringComparison.Ordinal) || c == "-" || c.Equals("N/A", System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
