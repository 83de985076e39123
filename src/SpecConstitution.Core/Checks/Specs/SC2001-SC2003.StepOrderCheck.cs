using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>Spec-Kit's order is specify → plan → tasks: a later artifact without its predecessor was written blind.</summary>
    internal static class StepOrderCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            if (feature.PlanPath != null && feature.SpecPath == null)
            {
                context.Report(DiagnosticCatalog.PlanWithoutSpec, feature.PlanPath, TextRange.StartOfFile, feature.Name);
            }

            if (feature.TasksPath != null && feature.PlanPath == null && !RepositoryConventions.SkipsPlans(context.Tree))
            {
                context.Report(DiagnosticCatalog.TasksWithoutPlan, feature.TasksPath, TextRange.StartOfFile, feature.Name);
            }
        }

        /// <summary>Two folders "003-a" and "003-b": Spec-Kit's scripts resolve a feature by prefix and pick one at random.</summary>
        public static void RunDuplicatePrefixes(IReadOnlyList<FeatureFolder> features, CheckContext context)
        {
            foreach (IGrouping<string, FeatureFolder> group in features.GroupBy(f => f.NumberPrefix, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                string names = string.Join(", ", group.Select(f => f.Name));
                // One cause, one finding: at the second folder (the first that collides), naming all of them.
                string? file = group.Skip(1).Select(f => f.SpecPath ?? f.PlanPath ?? f.TasksPath).FirstOrDefault(p => p != null);
                if (file != null)
                {
                    context.Report(DiagnosticCatalog.DuplicateFeatureNumber, file, TextRange.StartOfFile, names, group.Key);
                }
            }
        }
    }
}
