using System;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>The spec's Status, the tasks' checkboxes and the checklists tell the same story.</summary>
    internal static class LifecycleCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            SpecDocument? spec = feature.Spec;
            TasksDocument? tasks = feature.Tasks;
            if (tasks == null || tasks.Tasks.Count == 0)
            {
                return;
            }

            string status = spec?.Status?.Trim() ?? string.Empty;
            if (spec != null && StartsWithAny(status, "complete", "implemented", "done", "shipped"))
            {
                int open = tasks.Tasks.Count - tasks.DoneCount;
                if (open > 0)
                {
                    context.Report(DiagnosticCatalog.CompleteSpecWithOpenTasks, spec.File.Path, spec.StatusRange, CheckContext.Display(feature, "spec.md"), status, open, tasks.Tasks.Count);
                }
            }

            if (!tasks.AllDone)
            {
                return;
            }

            // Spec-Kit never moves Status past Draft: only a repository whose specs show other statuses keeps it up to date.
            if (spec != null && StartsWithAny(status, "draft") && MaintainsStatus(context.Tree))
            {
                context.Report(DiagnosticCatalog.DoneTasksDraftSpec, spec.File.Path, spec.StatusRange, tasks.Tasks.Count, feature.Name, status);
            }

            foreach (ChecklistDocument checklist in feature.Checklists)
            {
                ChecklistItem[] open = checklist.Unchecked.ToArray();
                if (open.Length > 0)
                {
                    context.Report(DiagnosticCatalog.ChecklistOpenAfterTasksDone, checklist.File.Path, open[0].Range, open.Length,
                        feature.Name + "/checklists/" + System.IO.Path.GetFileName(checklist.File.Path), feature.Name);
                }
            }
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SpecKitTree, object> StatusKept =
            new System.Runtime.CompilerServices.ConditionalWeakTable<SpecKitTree, object>();

        /// <summary>Whether any spec of the tree has a Status other than Draft (computed once per tree).</summary>
        private static bool MaintainsStatus(SpecKitTree? tree)
        {
            if (tree == null)
            {
                return true;
            }

            object kept = StatusKept.GetValue(tree, t => t.Features.Any(f => f.Spec?.Status is string s && s.Trim().Length > 0 && !StartsWithAny(s.Trim(), "draft")));
            return (bool)kept;
        }

        private static bool StartsWithAny(string value, params string[] prefixes) =>
            prefixes.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
