using System;
using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reports.Gates;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>Reads <c>deploy-gates:</c> (gate ID → true | false), reporting unknown gates and non-boolean values with their location.</summary>
    internal static class DeployGatesReader
    {
        public static DeployGatesConfig Read(YamlNode node, ParseContext context)
        {
            var overrides = new Dictionary<string, bool>(StringComparer.Ordinal);
            if (!(node is YamlMappingNode mapping))
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(node),
                    "'deploy-gates' must map gate IDs to true or false, e.g. 'clean-tree: false'");
                return new DeployGatesConfig(overrides);
            }

            IReadOnlyList<string>? checkpoint = null;
            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                string id = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
                if (id == HumanCheckpointReader.Key)
                {
                    checkpoint = HumanCheckpointReader.Read(entry.Value, context);
                    continue;
                }

                if (!((IList<string>)DeployGateIds.All).Contains(id))
                {
                    context.Report(DiagnosticCatalog.RulesFileUnknownKey, YamlRanges.Of(entry.Key), id, "'deploy-gates'", string.Join(", ", DeployGateIds.All) + ", " + HumanCheckpointReader.Key);
                    continue;
                }

                string? value = context.ReadScalar(entry.Value, $"'deploy-gates.{id}'");
                if (value == null)
                {
                    continue;
                }

                switch (value.Trim().ToLowerInvariant())
                {
                    case "true":
                        overrides[id] = true;
                        break;
                    case "false":
                        overrides[id] = false;
                        break;
                    default:
                        context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(entry.Value), $"'deploy-gates.{id}' must be true or false, not '{value}'");
                        break;
                }
            }

            return new DeployGatesConfig(overrides, checkpoint);
        }
    }
}
