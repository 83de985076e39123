using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Citations;

namespace SpecConstitution.Reports
{
    /// <summary>One requirement and the code symbols and test methods that cite it, across the solution's projects.</summary>
    public sealed class TraceabilityRow
    {
        public TraceabilityRow(FeatureFolder feature, Requirement requirement, IReadOnlyList<string> code, IReadOnlyList<string> tests)
        {
            Feature = feature;
            Requirement = requirement;
            Code = code;
            Tests = tests;
        }

        public FeatureFolder Feature { get; }

        public Requirement Requirement { get; }

        public IReadOnlyList<string> Code { get; }

        public IReadOnlyList<string> Tests { get; }

        public bool IsDraft => string.Equals(Feature.Spec?.Status?.Trim(), "Draft", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Requirement → citing code → citing tests, for every feature; the <c>requirement-coverage</c> rule's gaps
    /// (SC1040, at the requirement in spec.md); the markdown report and the JSON the manifest can embed.
    /// </summary>
    public sealed class TraceabilityMatrix
    {
        private TraceabilityMatrix(IReadOnlyList<TraceabilityRow> rows, IReadOnlyList<Finding> gaps)
        {
            Rows = rows;
            Gaps = gaps;
        }

        public IReadOnlyList<TraceabilityRow> Rows { get; }

        /// <summary>SC1040 findings of the requirement-coverage rules; empty when no such rule is configured.</summary>
        public IReadOnlyList<Finding> Gaps { get; }

        /// <summary>The deploy gate: no requirement of a non-Draft feature lacks what the rules require.</summary>
        public bool GatePassed => Gaps.All(g => g.Severity == FindingSeverity.None);

        public static TraceabilityMatrix Build(SpecKitTree tree, IEnumerable<SourceCitation> citations, string? projectFeature, RulesFile? rules)
        {
            var index = new RequirementIndex();
            foreach (FeatureFolder feature in tree.Features.Where(f => f.Spec != null))
            {
                index.AddFeature(feature.Name, feature.Spec!.Requirements.Select(r => r.Id), feature.Spec.WithdrawnIds);
            }

            var code = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
            var tests = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (SourceCitation citation in citations)
            {
                RequirementResolution resolution = index.Resolve(citation.Cited, citation.ClassFeature ?? projectFeature);
                if (resolution.Status == RequirementStatus.Found)
                {
                    Dictionary<string, SortedSet<string>> target = citation.IsTest ? tests : code;
                    string key = resolution.Feature + "/" + resolution.Id;
                    if (!target.TryGetValue(key, out SortedSet<string>? members))
                    {
                        target[key] = members = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    members.Add(citation.Member);
                }
            }

            var rows = new List<TraceabilityRow>();
            foreach (FeatureFolder feature in tree.Features.Where(f => f.Spec != null).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                foreach (Requirement requirement in feature.Spec!.Requirements.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First()))
                {
                    string key = feature.Name + "/" + requirement.Id;
                    rows.Add(new TraceabilityRow(feature, requirement, Members(code, key), Members(tests, key)));
                }
            }

            return new TraceabilityMatrix(rows, FindGaps(rows, rules));
        }

        private static IReadOnlyList<string> Members(Dictionary<string, SortedSet<string>> map, string key) =>
            map.TryGetValue(key, out SortedSet<string>? members) ? members.ToArray() : Array.Empty<string>();

        private static IReadOnlyList<Finding> FindGaps(IReadOnlyList<TraceabilityRow> rows, RulesFile? rules)
        {
            var findings = new List<Finding>();
            foreach (RuleDefinition rule in rules?.OfKind(RuleKinds.RequirementCoverage).Where(r => r.Severity != FindingSeverity.None) ?? Enumerable.Empty<RuleDefinition>())
            {
                var settings = new RequirementCoverageSettings(rule);
                bool needTests = settings.NeedTests;
                bool needCode = settings.NeedCode;
                foreach (TraceabilityRow row in rows.Where(r => !r.IsDraft && r.Requirement.Prefix == "FR"))
                {
                    string? missing = needTests && row.Tests.Count == 0 ? "test" : needCode && row.Code.Count == 0 ? "code" : null;
                    if (missing != null)
                    {
                        DiagnosticInfo info = DiagnosticCatalog.RequirementNotTraced;
                        findings.Add(new Finding(info, rule.Severity, row.Feature.Spec!.File.Path, row.Requirement.Range,
                            row.Feature.Name, row.Requirement.Id, missing, rule.Id));
                    }
                }
            }

            return findings;
        }

        public JsonNode ToJson() => new JsonObject()
            .Set("gatePassed", GatePassed)
            .Set("requirements", new JsonArray(Rows.Select(r => (JsonNode)new JsonObject()
                .Set("feature", r.Feature.Name)
                .Set("requirement", r.Requirement.Id)
                .Set("draft", r.IsDraft)
                .Set("code", new JsonArray(r.Code.Select(JsonNode.From)))
                .Set("tests", new JsonArray(r.Tests.Select(JsonNode.From))))));

        public string ToMarkdown()
        {
            var text = new StringBuilder();
            text.Append("# Requirement coverage\n\n");
            text.Append(GatePassed ? "Gate: **passed**\n\n" : $"Gate: **failed** ({Gaps.Count} gap(s))\n\n");
            text.Append("| Feature | Requirement | Code | Tests |\n|---|---|---|---|\n");
            foreach (TraceabilityRow row in Rows)
            {
                text.Append("| ").Append(row.Feature.Name).Append(row.IsDraft ? " (Draft)" : string.Empty)
                    .Append(" | ").Append(row.Requirement.Id)
                    .Append(" | ").Append(Cell(row.Code))
                    .Append(" | ").Append(Cell(row.Tests))
                    .Append(" |\n");
            }

            return text.ToString();
        }

        private static string Cell(IReadOnlyList<string> members) => members.Count == 0 ? "—" : string.Join("<br>", members.Select(m => "`" + m + "`"));
    }
}
