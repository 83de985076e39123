using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
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
            bool citesOwnFunctionalRequirement = false;
            foreach (TaskItem task in tasks.Tasks)
            {
                // Indexed loops and no closures: this runs for every citation of every feature.
                for (int i = 0; i < task.Citations.Count; i++)
                {
                    RequirementCitation citation = task.Citations[i];
                    citesOwnFunctionalRequirement |= citation.Feature == null && citation.Id.StartsWith("FR-", StringComparison.Ordinal);
                    FeatureFolder? target = citation.Feature == null ? feature : allFeatures.FirstOrDefault(f => string.Equals(f.Name, citation.Feature, StringComparison.Ordinal));
                    if (target?.Spec == null)
                    {
                        if (citation.Feature != null)
                        {
                            context.Report(DiagnosticCatalog.TaskCitesUnknownRequirement, tasks.File.Path, citation.Range, task.Id, citation.Feature + "/" + citation.Id, "no feature's spec.md");
                        }

                        continue;
                    }

                    if (!citation.IsInsideRange && !Declares(target.Spec, citation.Id))
                    {
                        context.Report(DiagnosticCatalog.TaskCitesUnknownRequirement, tasks.File.Path, citation.Range, task.Id, citation.Id, CheckContext.Display(target, "spec.md"));
                    }
                }
            }

            if (feature.Spec == null || !citesOwnFunctionalRequirement)
            {
                return;
            }

            var cited = new HashSet<string>(StringComparer.Ordinal);
            foreach (TaskItem task in tasks.Tasks)
            {
                for (int i = 0; i < task.Citations.Count; i++)
                {
                    RequirementCitation citation = task.Citations[i];
                    if (citation.Feature == null || citation.Feature == feature.Name)
                    {
                        cited.Add(citation.Id);
                    }
                }
            }

            // Tasks that cite a few FRs trace by story, not by requirement: only a feature whose tasks cite most of its
            // FRs has promised FR traceability, and then the few left out are one finding, not one per requirement.
            Requirement[] functional = feature.Spec.Requirements.Where(r => r.Prefix == "FR").GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First()).ToArray();
            Requirement[] uncited = functional.Where(r => !cited.Contains(r.Id)).ToArray();
            if (uncited.Length == 0 || uncited.Length * 2 > functional.Length)
            {
                return;
            }

            string ids = uncited.Length <= 8
                ? string.Join(", ", uncited.Select(r => r.Id))
                : string.Join(", ", uncited.Take(7).Select(r => r.Id)) + $" and {uncited.Length - 7} more";
            context.Report(DiagnosticCatalog.RequirementNotCovered, feature.Spec.File.Path, uncited[0].Range, uncited.Length, functional.Length, display, ids);
        }

        private static bool Declares(SpecDocument spec, string id)
        {
            for (int i = 0; i < spec.Requirements.Count; i++)
            {
                if (spec.Requirements[i].Id == id)
                {
                    return true;
                }
            }

            return spec.WithdrawnIds.Contains(id, StringComparer.Ordinal);
        }
    }
}
