using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Reading.Rules;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Model.Rules
{
    /// <summary>
    /// Which deploy gates apply. The default is the strict set: every gate on. <c>deploy-gates:</c> in the rules
    /// file maps a gate ID to true or false; gates it does not name stay on.
    /// </summary>
    public sealed class DeployGatesConfig
    {
        public DeployGatesConfig(IReadOnlyDictionary<string, bool> overrides, IReadOnlyList<string>? humanCheckpoint = null)
        {
            Overrides = overrides;
            HumanCheckpoint = humanCheckpoint ?? SpecConstitution.Reports.BlastRadius.BlastRadiusKinds.DefaultCheckpoint;
        }

        /// <summary><c>deploy-gates: human-checkpoint: [kinds]</c>: the blast radius changes a person must approve before a deployment.</summary>
        public IReadOnlyList<string> HumanCheckpoint { get; }

        public static DeployGatesConfig Strict { get; } = new DeployGatesConfig(new Dictionary<string, bool>(StringComparer.Ordinal));

        /// <summary>Gate ID → enabled, for the gates the rules file names.</summary>
        public IReadOnlyDictionary<string, bool> Overrides { get; }

        public bool IsEnabled(string gateId) => !Overrides.TryGetValue(gateId, out bool enabled) || enabled;

        /// <summary>
        /// Reads the <c>deploy-gates:</c> section of a rules file's text alone. The build takes the gates from
        /// <see cref="RulesFile.DeployGates"/> (one parse); this stays for callers holding only the text. Problems in it
        /// are reported by <see cref="RulesFileParser"/> (same reader); here an unreadable file simply means the strict set.
        /// </summary>
        public static DeployGatesConfig FromRulesText(string path, string text)
        {
            Reading.ReadCounts.GatesSection();
            try
            {
                // The same guard the rules parser applies before YamlDotNet builds a graph (size, nesting, alias expansion, keys).
                if (text.Length > RulesFileParser.MaxFileChars)
                {
                    return Strict;
                }

                YamlShape shape = YamlShapeGuard.Inspect(text);
                if (shape.Problem != null)
                {
                    return Strict;
                }

                YamlStream stream = shape.Load();
                if (stream.Documents.Count == 0 || !(stream.Documents[0].RootNode is YamlMappingNode root))
                {
                    return Strict;
                }

                KeyValuePair<YamlNode, YamlNode> section = root.Children.FirstOrDefault(e => (e.Key as YamlScalarNode)?.Value == "deploy-gates");
                return section.Value == null ? Strict : DeployGatesReader.Read(section.Value, new ParseContext(path));
            }
            catch (Exception ex) when (ex is YamlDotNet.Core.YamlException || ex is InvalidOperationException)
            {
                return Strict;
            }
        }
    }
}
