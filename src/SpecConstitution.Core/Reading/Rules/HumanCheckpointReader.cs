using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Reports.BlastRadius;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>
    /// Reads <c>deploy-gates: human-checkpoint: [kinds]</c>: a list of blast radius kinds (an empty list: no checkpoint).
    /// An unknown kind or a value that is not a list is reported where it is, and the default set applies instead of it.
    /// </summary>
    internal static class HumanCheckpointReader
    {
        public const string Key = "human-checkpoint";

        public static IReadOnlyList<string>? Read(YamlNode node, ParseContext context)
        {
            if (!(node is YamlSequenceNode sequence))
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(node),
                    "'deploy-gates.human-checkpoint' must be a list of change kinds, e.g. [anonymous-endpoint-added, authorization-loosened]; kinds: " + string.Join(", ", BlastRadiusKinds.All));
                return null;
            }

            var kinds = new List<string>();
            foreach (YamlNode item in sequence.Children)
            {
                string? kind = context.ReadScalar(item, "'deploy-gates.human-checkpoint' item");
                if (kind == null)
                {
                    continue;
                }

                if (!BlastRadiusKinds.All.Contains(kind.Trim()))
                {
                    context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(item),
                        $"'{kind}' is not a blast radius change kind; kinds: " + string.Join(", ", BlastRadiusKinds.All));
                    continue;
                }

                if (!kinds.Contains(kind.Trim()))
                {
                    kinds.Add(kind.Trim());
                }
            }

            return kinds.OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
        }
    }
}
