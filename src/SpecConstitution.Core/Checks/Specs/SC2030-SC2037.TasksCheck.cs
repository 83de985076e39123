using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
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

            ReportTasksWithoutPath(tasks, path, display, context);
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

        // One finding per tasks.md (a habit of the file, not of each line), counting only tasks that would change a file.
        private static void ReportTasksWithoutPath(TasksDocument tasks, string path, string display, CheckContext context)
        {
            TaskItem[] pathless = tasks.Tasks.Where(t => !t.MentionsPath && !FilelessTask.Is(t)).ToArray();
            if (pathless.Length > 0)
            {
                context.Report(DiagnosticCatalog.TaskWithoutPath, path, pathless[0].Range, pathless.Length, tasks.Tasks.Count, display, pathless[0].Id);
            }
        }

        private static void ReportIds(TasksDocument tasks, string path, string display, CheckContext context)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            TaskItem? previous = null;
            TaskItem? firstOutOfOrder = null, itsPredecessor = null;
            int outOfOrder = 0;
            foreach (TaskItem task in tasks.Tasks)
            {
                if (!seen.Add(task.Id))
                {
                    context.Report(DiagnosticCatalog.DuplicateTaskId, path, task.Range, task.Id, display);
                }
                else if (previous != null && Compare(task, previous) < 0)
                {
                    outOfOrder++;
                    firstOutOfOrder ??= task;
                    itsPredecessor ??= previous;
                }

                previous = task;
            }

            // One habit of the file (tasks inserted later keep their IDs), one finding with the count.
            if (firstOutOfOrder != null)
            {
                context.Report(DiagnosticCatalog.TaskIdOutOfOrder, path, firstOutOfOrder.Range, outOfOrder, display, firstOutOfOrder.Id, itsPredecessor!.Id);
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
                if (!served && !StoryStatus.NeedsNoWork(story))
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

        // One finding per file that several [P] tasks of one phase touch, at the second of them, naming all of them.
        private static void ReportParallelConflicts(TasksDocument tasks, string path, CheckContext context)
        {
            foreach (IGrouping<TaskPhase?, TaskItem> phase in tasks.Tasks.Where(t => t.IsParallel && t.Paths.Count > 0 && !FilelessTask.Is(t)).GroupBy(t => t.Phase))
            {
                // A task that runs, builds or verifies (FilelessTask) reads the files it names: it cannot conflict.
                var owners = new Dictionary<string, List<TaskItem>>(StringComparer.OrdinalIgnoreCase);
                var order = new List<string>();
                foreach (TaskItem task in phase)
                {
                    // A directory is where files go, not a file two tasks would both edit.
                    // …nor is a file the task only consults ("per research.md", "inheriting from ValueObject.cs").
                    foreach (string file in task.Paths.Select(p => p.Path).Where(p => !p.EndsWith("/", StringComparison.Ordinal) && !PathReference.IsConsulted(task.Description, p)).Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        if (!owners.TryGetValue(file, out List<TaskItem>? list))
                        {
                            owners[file] = list = new List<TaskItem>();
                            order.Add(file);
                        }

                        if (!list.Any(t => t.Id == task.Id))
                        {
                            list.Add(task);
                        }
                    }
                }

                foreach (string file in order.Where(f => owners[f].Count > 1))
                {
                    List<TaskItem> sharing = owners[file];
                    context.Report(DiagnosticCatalog.ParallelTasksShareFile, path, sharing[1].Range, Names(sharing), sharing.Count, file);
                }
            }
        }

        private static string Names(List<TaskItem> tasks) => tasks.Count <= 6
            ? string.Join(", ", tasks.Select(t => "'" + t.Id + "'"))
            : string.Join(", ", tasks.Take(5).Select(t => "'" + t.Id + "'")) + $" and {tasks.Count - 5} more";
    }
}
