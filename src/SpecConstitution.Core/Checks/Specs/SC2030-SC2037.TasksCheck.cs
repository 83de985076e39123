using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
namespace SpecConstitution.Checks.Specs{
    /// <summary>tasks.md: grammar, IDs, story labels against the spec's stories, [P] conflicts, file paths.</summary>
    internal static class TasksCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            TasksDocument? tasks = feature.Tasks;
            if (tasks == null || tasks.Tasks.Count == 0)
            {
                return;
            }

            string path = tasks.File.Path;
            string display = CheckContext.Display(feature, "tasks.md");
            ReportGrammar(tasks, path, display, context);
            ReportIds(tasks, path, display, context);
            ReportStories(feature, tasks, path, context);
            ReportParallelConflicts(tasks, path, context);

            foreach (TaskItem task in tasks.Tasks.Where(t => !t.MentionsPath))
            {
                context.Report(DiagnosticCatalog.TaskWithoutPath, path, task.Range, task.Id);
            }
        }

        // A quarter of real task lines deviate; one summary per file keeps the signal without the flood.
        private static void ReportGrammar(TasksDocument tasks, string path, string display, CheckContext context)
        {
            TaskItem[] deviating = tasks.Tasks.Where(t => t.Deviations.Count > 0).ToArray();
            if (deviating.Length == 0)
            {
                return;
            }

            string kinds = string.Join(", ", deviating.SelectMany(t => t.Deviations).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal));
            context.Report(DiagnosticCatalog.TaskGrammarDeviation, path, deviating[0].Range, deviating.Length, tasks.Tasks.Count, display, kinds);
        }

        private static void ReportIds(TasksDocument tasks, string path, string display, CheckContext context)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            TaskItem? previous = null;
            foreach (TaskItem task in tasks.Tasks)
            {
                if (!seen.Add(task.Id))
                {
                    context.Report(DiagnosticCatalog.DuplicateTaskId, path, task.Range, task.Id, display);
                }
                else if (previous != null && Compare(task, previous) < 0)
                {
                    context.Report(DiagnosticCatalog.TaskIdOutOfOrder, path, task.Range, task.Id, previous.Id, display);
                }

                previous = task;
            }
        }

        private static int Compare(TaskItem a, TaskItem b)
        {
            int byNumber = a.Number.CompareTo(b.Number);
            return byNumber != 0 ? byNumber : string.CompareOrdinal(a.Id, b.Id);
        }

        private static void ReportStories(FeatureFolder feature, TasksDocument tasks, string path, CheckContext context)
        {
            IReadOnlyList<UserStory> stories = feature.Spec?.Stories.Where(s => s.Number > 0).ToArray() ?? Array.Empty<UserStory>();
            bool specHasNumberedStories = stories.Count > 0;
            var labels = new HashSet<string>(stories.Select(s => s.Label), StringComparer.Ordinal);

            foreach (TaskItem task in tasks.Tasks)
            {
                for (int i = 0; i < task.Stories.Count; i++)
                {
                    string story = task.Stories[i];
                    if (IndexOf(task.Stories, story, i) < i)
                    {
                        continue; // "[US1,US1]": once
                    }

                    if (specHasNumberedStories && !labels.Contains(story))
                    {
                        context.Report(DiagnosticCatalog.TaskNamesUnknownStory, path, task.Range, task.Id, story, story.Substring(2));
                    }

                    if (task.Phase != null && task.Phase.IsShared)
                    {
                        context.Report(DiagnosticCatalog.StoryLabelInSharedPhase, path, task.Range, task.Id, story, task.Phase.Kind.ToString());
                    }
                }
            }

            // A story is served by tasks labelled with it or by tasks in its own phase.
            // Opt-in by use, like coverage: tasks.md that never labels or groups by story is not accused story by story.
            bool tasksUseStories = tasks.Tasks.Any(t => t.Stories.Count > 0) || tasks.Phases.Any(p => p.Story != null);
            if (feature.Spec == null || !tasksUseStories)
            {
                return;
            }

            foreach (UserStory story in stories)
            {
                bool served = tasks.Tasks.Any(t => t.Stories.Contains(story.Label) || t.Phase?.Story == story.Label);
                if (!served)
                {
                    context.Report(DiagnosticCatalog.StoryWithoutTasks, feature.Spec.File.Path, story.Range,
                        story.Number.ToString(CultureInfo.InvariantCulture), story.Title.Length > 0 ? story.Title : story.Label);
                }
            }
        }

        // A task names one or two stories: a scan, not a set per task (30,000 sets at 1,000 features).
        private static int IndexOf(IReadOnlyList<string> items, string item, int before)
        {
            for (int i = 0; i < before; i++)
            {
                if (string.Equals(items[i], item, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return before;
        }

        private static void ReportParallelConflicts(TasksDocument tasks, string path, CheckContext context)
        {
            foreach (IGrouping<TaskPhase?, TaskItem> phase in tasks.Tasks.Where(t => t.IsParallel && t.Paths.Count > 0).GroupBy(t => t.Phase))
            {
                var owners = new Dictionary<string, TaskItem>(StringComparer.OrdinalIgnoreCase);
                foreach (TaskItem task in phase)
                {
                    foreach (string file in task.Paths.Select(p => p.Path).Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        if (owners.TryGetValue(file, out TaskItem? first) && first.Id != task.Id)
                        {
                            context.Report(DiagnosticCatalog.ParallelTasksShareFile, path, task.Range, first.Id, task.Id, file);
                        }
                        else
                        {
                            owners[file] = task;
                        }
                    }
                }
            }
        }
    }
}
