using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Rules;
using SpecConstitution.SpecKit;

namespace SpecConstitution.Checking
{
    /// <summary>
    /// The deterministic spec-chain analysis: documents in, findings out, sorted by file, line, column and ID
    /// so the same tree always yields the same list. The MSBuild task and the analyzer both call this.
    /// </summary>
    public static class SpecChainChecker
    {
        public static IReadOnlyList<Finding> Check(SpecKitTree tree, RulesFile? rules)
        {
            var context = new CheckContext(rules);
            foreach (Finding finding in tree.ReadFindings)
            {
                context.Add(finding);
            }

            foreach (FeatureFolder feature in tree.Features)
            {
                StepOrderCheck.Run(feature, context);
                ClarificationCheck.Run(feature, context);
            }

            return Sort(context.Findings);
        }

        public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => findings
            .OrderBy(f => f.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.Range.Line)
            .ThenBy(f => f.Range.Column)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
    }
}
