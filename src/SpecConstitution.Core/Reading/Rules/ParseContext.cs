using System.Collections.Generic;
using System.Globalization;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>What the rules parser accumulates: the file's findings, its valid rules and spec-check severities.</summary>
    internal sealed class ParseContext
    {
        public ParseContext(string path)
        {
            Path = path;
        }

        public string Path { get; }

        public List<Finding> Findings { get; } = new List<Finding>();

        public List<RuleDefinition> Rules { get; } = new List<RuleDefinition>();

        /// <summary>Keys met twice in one mapping (not in the node graph); see <see cref="YamlShapeGuard"/>.</summary>
        public List<DuplicateKey> DuplicateKeys { get; } = new List<DuplicateKey>();

        public Dictionary<string, FindingSeverity> SpecChecks { get; } = new Dictionary<string, FindingSeverity>(System.StringComparer.Ordinal);

        public void Report(DiagnosticInfo info, TextRange range, params object[] args) =>
            Findings.Add(new Finding(info, info.DefaultSeverity, Path, range, args));

        /// <summary>The node's text when it is a scalar; otherwise an SC3004 finding and null.</summary>
        public string? ReadScalar(YamlNode node, string what)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value ?? string.Empty;
            }

            Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(node), $"{what} must be a single value, not a {Describe(node)}");
            return null;
        }

        public static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode _ => "mapping",
            YamlSequenceNode _ => "list",
            _ => "value",
        };

        /// <summary><c>dependencies:</c> system → where its live manifest is.</summary>
        public Dictionary<string, DependencySource> Dependencies { get; } = new Dictionary<string, DependencySource>(System.StringComparer.Ordinal);

        /// <summary><c>deploy-gates:</c> when the file has one.</summary>
        public DeployGatesConfig? DeployGates { get; set; }

        public RulesFile Build(string? version, TextRange versionRange) =>
            new RulesFile(Path, version, versionRange, Rules, SpecChecks, Findings, DeployGates) { Dependencies = Dependencies };
    }
}
