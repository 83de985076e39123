using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Checks.Constitution;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// The deterministic spec-chain analysis: documents in, findings out, sorted by file, line, column and ID
    /// so the same tree always yields the same list. The MSBuild task and the analyzer both call this.
    /// </summary>
    public static class SpecChainChecker
    {
        public static IReadOnlyList<Finding> Check(SpecKitTree tree, RulesFile? rules) => Check(tree, rules, SpecCheckOptions.Default);

        public static IReadOnlyList<Finding> Check(SpecKitTree tree, RulesFile? rules, SpecCheckOptions options)
        {
            var context = new CheckContext(rules, options, tree);
            foreach (Finding finding in tree.ReadFindings)
            {
                context.Add(finding);
            }

            StepOrderCheck.RunDuplicatePrefixes(tree.Features, context);
            RepositoryConventions.Run(tree, context);
            // Each feature is checked on its own (own context, read-only tree), so large trees are checked in
            // parallel; Sort below gives the same order whatever the scheduling.
            IEnumerable<Finding> featureFindings = tree.Features.Count < FeatureParallelism.Threshold
                ? tree.Features.SelectMany(f => CheckFeature(f, tree, rules, options))
                : tree.Features.AsParallel().SelectMany(f => CheckFeature(f, tree, rules, options)).ToArray();
            foreach (Finding finding in featureFindings)
            {
                context.AddChecked(finding);
            }

            if (tree.Constitution != null)
            {
                ConstitutionDocumentCheck.Run(tree.Constitution, context);
                foreach (Finding finding in RulesConstitutionCheck.PrincipleCoverage(rules, tree.Constitution))
                {
                    context.Add(finding);
                }
            }

            ReportNothingChecked(tree, context);
            return Sort(context.Findings);
        }

        private static IReadOnlyList<Finding> CheckFeature(FeatureFolder feature, SpecKitTree tree, RulesFile? rules, SpecCheckOptions options)
        {
            var context = new CheckContext(rules, options, tree);
            StepOrderCheck.Run(feature, context);
            ClarificationCheck.Run(feature, context);
            MarkerCheck.Run(feature, context);
            SpecStructureCheck.Run(feature, context);
            TasksCheck.Run(feature, context);
            CoverageCheck.Run(feature, tree.Features, context);
            PhantomCompletionCheck.Run(feature, context);
            PlanCheck.Run(feature, tree.Constitution, context);
            LifecycleCheck.Run(feature, context);
            DocumentShapeCheck.Run(feature, context);
            DependsOnCheck.Run(feature, context);
            return context.Findings;
        }

        public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => findings
            .OrderBy(f => f.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.Range.Line)
            .ThenBy(f => f.Range.Column)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();

        // A .specify/ root with no feature folders passes every check vacuously; say so once instead of staying silent.
        private static void ReportNothingChecked(SpecKitTree tree, CheckContext context)
        {
            if (!tree.HasSpecifyFolder || tree.Features.Count > 0)
            {
                return;
            }

            string file = tree.Constitution?.File.Path ?? Path.Combine(tree.RootPath, ".specify");
            context.Report(DiagnosticCatalog.NothingChecked, file, TextRange.StartOfFile,
                $"The Spec-Kit root {tree.RootPath} has no feature folders under specs/ (NNN-slug or YYYYMMDD-HHMMSS-slug): no spec was checked");
        }
    }
}
