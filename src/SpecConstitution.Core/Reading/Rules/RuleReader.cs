using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>Validates one entry of <c>rules:</c> against its kind's schema.</summary>
    internal static class RuleReader
    {
        public static RuleDefinition? Read(YamlNode node, ParseContext context)
        {
            TextRange range = YamlRanges.Of(node);
            if (node is not YamlMappingNode mapping)
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, range, $"Each entry of 'rules' must be a mapping with 'id' and 'kind', not a {ParseContext.Describe(node)}");
                return null;
            }

            var values = new Dictionary<string, KeyValuePair<YamlNode, YamlNode>>(StringComparer.Ordinal);
            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                values[(entry.Key as YamlScalarNode)?.Value ?? string.Empty] = entry;
            }

            // A key given twice leaves the rule ambiguous: it is dropped, the other rules stay (the guard kept only the first).
            bool ambiguous = false;
            foreach (DuplicateKey duplicate in context.DuplicateKeys.Where(d => !d.Reported && d.Mapping.Index == mapping.Start.Index))
            {
                duplicate.Reported = true;
                ambiguous = true;
                string name = values.TryGetValue(RuleKeys.Id, out var idEntry) && idEntry.Value is YamlScalarNode idNode ? $"Rule '{idNode.Value}'" : "A rule";
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, duplicate.Range, $"{name} gives key '{duplicate.Key}' twice; the rule is not used until one is removed");
            }

            if (ambiguous)
            {
                return null;
            }

            string? id = Scalar(values, RuleKeys.Id, context);
            if (string.IsNullOrWhiteSpace(id))
            {
                if (!values.ContainsKey(RuleKeys.Id))
                {
                    context.Report(DiagnosticCatalog.RulesFileMissingKey, range, "A rule", RuleKeys.Id);
                }

                return null;
            }

            string? kind = Scalar(values, RuleKeys.Kind, context);
            if (kind == null)
            {
                if (!values.ContainsKey(RuleKeys.Kind))
                {
                    context.Report(DiagnosticCatalog.RulesFileMissingKey, range, $"Rule '{id}'", RuleKeys.Kind);
                }

                return null;
            }

            if (!RuleKinds.Options.TryGetValue(kind, out IReadOnlyList<OptionSpec>? optionSpecs))
            {
                context.Report(DiagnosticCatalog.RulesFileUnknownKind, YamlRanges.Of(values[RuleKeys.Kind].Value), id!, kind, string.Join(", ", RuleKinds.Options.Keys));
                return null;
            }

            FindingSeverity severity = FindingSeverity.Warning;
            string? severityText = Scalar(values, RuleKeys.Severity, context);
            if (severityText != null && !FindingSeverityNames.TryParse(severityText, out severity))
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(values[RuleKeys.Severity].Value),
                    $"Rule '{id}': '{severityText}' is not a severity; use error, warning, info or none");
                severity = FindingSeverity.Warning;
            }

            string? principle = Scalar(values, RuleKeys.Principle, context);
            TextRange principleRange = values.TryGetValue(RuleKeys.Principle, out var principleEntry) ? YamlRanges.Of(principleEntry.Value) : range;
            string? message = Scalar(values, RuleKeys.Message, context);
            Scalar(values, RuleKeys.Description, context);

            var options = new Dictionary<string, RuleOption>(StringComparer.Ordinal);
            bool usable = true;
            foreach (OptionSpec spec in optionSpecs)
            {
                if (!values.TryGetValue(spec.Key, out var entry))
                {
                    if (spec.Required)
                    {
                        context.Report(DiagnosticCatalog.RulesFileMissingKey, range, $"Rule '{id}' ({kind})", spec.Key);
                        usable = false;
                    }

                    continue;
                }

                RuleOption? option = ReadOption(id!, spec, entry.Value, context);
                if (option == null)
                {
                    usable &= !spec.Required;
                    continue;
                }

                options[spec.Key] = option;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> entry in values.Values)
            {
                string key = ((YamlScalarNode)entry.Key).Value ?? string.Empty;
                if (!RuleKinds.CommonKeys.Contains(key) && !optionSpecs.Any(s => s.Key == key))
                {
                    string expected = string.Join(", ", RuleKinds.CommonKeys.Concat(optionSpecs.Select(s => s.Key)));
                    context.Report(DiagnosticCatalog.RulesFileUnknownKey, YamlRanges.Of(entry.Key), key, $"rule '{id}' ({kind})", expected);
                }
            }

            if (usable && kind == RuleKinds.EndpointRoute && !IsValidPattern(id!, options[EndpointRouteSettings.PatternKey], context))
            {
                usable = false;
            }

            return usable ? new RuleDefinition(id!, kind, severity, principle, principleRange, message, options, range) : null;
        }

        private static string? Scalar(Dictionary<string, KeyValuePair<YamlNode, YamlNode>> values, string key, ParseContext context) =>
            values.TryGetValue(key, out var entry) ? context.ReadScalar(entry.Value, $"'{key}'") : null;

        private static RuleOption? ReadOption(string id, OptionSpec spec, YamlNode node, ParseContext context)
        {
            TextRange range = YamlRanges.Of(node);
            switch (spec.Shape)
            {
                case OptionShape.List when node is YamlSequenceNode sequence:
                    var items = new List<string>();
                    var ranges = new List<TextRange>();
                    foreach (YamlNode child in sequence.Children)
                    {
                        string? value = context.ReadScalar(child, $"Each item of '{spec.Key}' in rule '{id}'");
                        if (value != null)
                        {
                            items.Add(value);
                            ranges.Add(YamlRanges.Of(child));
                        }
                    }

                    return new RuleOption(items, ranges, range);
                case OptionShape.Boolean when node is YamlScalarNode scalar:
                    if (!bool.TryParse(scalar.Value, out bool flag))
                    {
                        context.Report(DiagnosticCatalog.RulesFileInvalidValue, range, $"Rule '{id}': '{spec.Key}' must be true or false, not '{scalar.Value}'");
                        return null;
                    }

                    return RuleOption.Boolean(flag, range);
                case OptionShape.List:
                case OptionShape.Scalar:
                    string? text = context.ReadScalar(node, $"'{spec.Key}' in rule '{id}'");
                    return text == null ? null : new RuleOption(new[] { text }, new[] { range }, range);
                default:
                    context.Report(DiagnosticCatalog.RulesFileInvalidValue, range, $"Rule '{id}': '{spec.Key}' must be true or false, not a {ParseContext.Describe(node)}");
                    return null;
            }
        }

        private static bool IsValidPattern(string id, RuleOption pattern, ParseContext context)
        {
            try
            {
                _ = new Regex(pattern.Scalar ?? string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                return true;
            }
            catch (ArgumentException ex)
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, pattern.Range, $"Rule '{id}': 'pattern' is not a valid regular expression: {ex.Message}");
                return false;
            }
        }
    }
}
