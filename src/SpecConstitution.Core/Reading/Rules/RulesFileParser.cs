using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>
    /// Parses constitution.rules.yml. Never throws: every problem is a located SC3xxx finding, and a bad rule
    /// never takes the rules that did parse down with it.
    /// </summary>
    public static class RulesFileParser
    {
        public const int MaxFileChars = 1024 * 1024;

        private static readonly string[] TopLevelKeys = { "constitution-version", "rules", "spec-checks", "deploy-gates", "dependencies" };

        public static RulesFile Parse(string path, string text)
        {
            ReadCounts.RulesFile();
            var context = new ParseContext(path);
            if (text.Length > MaxFileChars)
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, TextRange.StartOfFile,
                    $"The rules file is {text.Length:N0} characters long, over the {MaxFileChars:N0}-character limit; no rule was read");
                return context.Build(null, TextRange.StartOfFile);
            }

            YamlMappingNode? root;
            try
            {
                YamlShape shape = YamlShapeGuard.Inspect(text);
                if (shape.Problem != null)
                {
                    context.Report(DiagnosticCatalog.RulesFileSyntaxError, shape.ProblemRange, shape.Problem);
                    return context.Build(null, TextRange.StartOfFile);
                }

                context.DuplicateKeys.AddRange(shape.DuplicateKeys);
                YamlStream stream = shape.Load();
                if (stream.Documents.Count == 0)
                {
                    return context.Build(null, TextRange.StartOfFile);
                }

                root = stream.Documents[0].RootNode as YamlMappingNode;
                if (root == null)
                {
                    context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(stream.Documents[0].RootNode),
                        "The rules file must be a mapping with 'constitution-version' and 'rules' keys");
                    return context.Build(null, TextRange.StartOfFile);
                }
            }
            catch (YamlException ex)
            {
                context.Report(DiagnosticCatalog.RulesFileSyntaxError, YamlRanges.Of(ex.Start, ex.End), SyntaxMessage(ex));
                return context.Build(null, TextRange.StartOfFile);
            }
            catch (InvalidOperationException ex)
            {
                // YamlDotNet's scanner throws this (not a YamlException) on some malformed plain scalars;
                // found by fuzzing (tests/SpecConstitution.Reliability.Tests/Corpus). It must stay a finding, never AD0001.
                context.Report(DiagnosticCatalog.RulesFileSyntaxError, TextRange.StartOfFile, "the YAML scanner could not read the file: " + ex.Message);
                return context.Build(null, TextRange.StartOfFile);
            }

            string? version = null;
            TextRange versionRange = TextRange.StartOfFile;
            foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
            {
                string key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
                switch (key)
                {
                    case "constitution-version":
                        version = context.ReadScalar(entry.Value, "'constitution-version'");
                        versionRange = YamlRanges.Of(entry.Value);
                        break;
                    case "rules":
                        ReadRules(entry.Value, context);
                        break;
                    case "spec-checks":
                        ReadSpecChecks(entry.Value, context);
                        break;
                    case "deploy-gates":
                        // Kept: the manifest's gates come from this parse, not from a second read of the file.
                        context.DeployGates = DeployGatesReader.Read(entry.Value, context);
                        break;
                    case "dependencies":
                        DependenciesReader.Read(entry.Value, context);
                        break;
                    default:
                        context.Report(DiagnosticCatalog.RulesFileUnknownKey, YamlRanges.Of(entry.Key), key, "the rules file", string.Join(", ", TopLevelKeys));
                        break;
                }
            }

            // Duplicates outside a rule (a rule reports and drops its own): the first occurrence is the one read.
            foreach (DuplicateKey duplicate in context.DuplicateKeys.Where(d => !d.Reported))
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, duplicate.Range, $"Key '{duplicate.Key}' appears twice in one mapping; the first one is used");
            }

            return context.Build(version, versionRange);
        }

        private static string SyntaxMessage(YamlException ex)
        {
            // YamlDotNet prefixes its messages with the position, which the finding already carries.
            string message = ex.InnerException?.Message ?? ex.Message;
            int close = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
        }

        private static void ReadRules(YamlNode node, ParseContext context)
        {
            if (node is not YamlSequenceNode sequence)
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(node), "'rules' must be a list of rules");
                return;
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (YamlNode item in sequence.Children)
            {
                RuleDefinition? rule = RuleReader.Read(item, context);
                if (rule == null)
                {
                    continue;
                }

                if (seen.TryGetValue(rule.Id, out int firstLine))
                {
                    context.Report(DiagnosticCatalog.RulesFileDuplicateId, rule.Range, rule.Id, firstLine);
                    continue;
                }

                seen.Add(rule.Id, rule.Range.Line);
                context.Rules.Add(rule);
            }
        }

        private static void ReadSpecChecks(YamlNode node, ParseContext context)
        {
            if (node is not YamlMappingNode mapping)
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(node), "'spec-checks' must map diagnostic IDs to severities (error | warning | info | none)");
                return;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                string id = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
                string? value = context.ReadScalar(entry.Value, $"'spec-checks.{id}'");
                if (value == null)
                {
                    continue;
                }

                if (DiagnosticCatalog.Find(id) == null)
                {
                    context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(entry.Key), $"'spec-checks' names '{id}', which is not a SpecConstitution diagnostic ID");
                }
                else if (!FindingSeverityNames.TryParse(value, out FindingSeverity severity))
                {
                    context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(entry.Value), $"'{value}' is not a severity; use error, warning, info or none");
                }
                else
                {
                    context.SpecChecks[id] = severity;
                }
            }
        }
    }
}
