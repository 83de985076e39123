using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.SpecKit;

namespace SpecConstitution.Checking
{
    /// <summary>
    /// Requirement → task traceability. Opt-in by use: once a feature's tasks cite FR IDs at all, every FR must be
    /// cited, and every cited ID must exist (in this feature, or in the feature a qualified ID names).
    /// </summary>
    internal static class CoverageCheck
    {
        public static void Run(FeatureFolder feature, IReadOnlyList<FeatureFolder> allFeatures, CheckContext context)
        {
            TasksDocument? tasks = feature.Tasks;
            if (tasks == null)
            {
                return;
            }

            string display = CheckContext.Display(feature, "tasks.md");
            foreach (TaskItem task in tasks.Tasks)
            {
                foreach (RequirementCitation citation in task.Citations)
                {
                    FeatureFolder? target = citation.Feature == null ? feature : allFeatures.FirstOrDefault(f => string.Equals(f.Name, citation.Feature, StringComparison.Ordinal));
                    if (target?.Spec == null)
                    {
                        if (citation.Feature != null)
                        {
                            context.Report(DiagnosticCatalog.TaskCitesUnknownRequirement, tasks.File.Path, citation.Range, task.Id, citation.Feature + "/" + citation.Id, "no feature's spec.md");
                        }

                        continue;
                    }

                    if (!Declares(target.Spec, citation.Id))
                    {
                        context.Report(DiagnosticCatalog.TaskCitesUnknownRequirement, tasks.File.Path, citation.Range, task.Id, citation.Id, CheckContext.Display(target, "spec.md"));
                    }
                }
            }

            if (feature.Spec == null || !tasks.Tasks.Any(t => t.Citations.Any(c => c.Feature == null && c.Id.StartsWith("FR-", StringComparison.Ordinal))))
            {
                return;
            }

            var cited = new HashSet<string>(tasks.Tasks.SelectMany(t => t.Citations).Where(c => c.Feature == null || c.Feature == feature.Name).Select(c => c.Id), StringComparer.Ordinal);
            foreach (Requirement requirement in feature.Spec.Requirements.Where(r => r.Prefix == "FR"))
            {
                if (!cited.Contains(requirement.Id))
                {
                    context.Report(DiagnosticCatalog.RequirementNotCovered, feature.Spec.File.Path, requirement.Range, requirement.Id, display);
                }
            }
        }

        private static bool Declares(SpecDocument spec, string id) =>
            spec.Requirements.Any(r => r.Id == id) || spec.WithdrawnIds.Contains(id, StringComparer.Ordinal);
    }
}
