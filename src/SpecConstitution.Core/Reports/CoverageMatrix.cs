using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reports
{
    /// <summary>One requirement and the tasks that cite it.</summary>
    public sealed class RequirementCoverage
    {
        public RequirementCoverage(string feature, string requirementId, IReadOnlyList<string> taskIds, IReadOnlyList<string> doneTaskIds)
        {
            Feature = feature;
            RequirementId = requirementId;
            TaskIds = taskIds;
            DoneTaskIds = doneTaskIds;
        }

        public string Feature { get; }

        public string RequirementId { get; }

        public IReadOnlyList<string> TaskIds { get; }

        public IReadOnlyList<string> DoneTaskIds { get; }

        /// <summary>Cited by at least one task, and every citing task is done.</summary>
        public bool IsDone => TaskIds.Count > 0 && DoneTaskIds.Count == TaskIds.Count;
    }

    /// <summary>Requirement → tasks → done, for every feature: the CI report and the deploy manifest read the same matrix.</summary>
    public static class CoverageMatrix
    {
        public static IReadOnlyList<RequirementCoverage> Build(SpecKitTree tree)
        {
            // One pass over every task's citations, keyed by (feature, requirement): a per-requirement scan of all
            // tasks was quadratic (15 s of a 20 s ValidateSpecs at 1,000 features, measured with dotnet-trace).
            // Plain loops, not LINQ: this runs over every task of every feature in each build's reports.
            // Keyed by feature, then ID: a tuple key made the dictionary generic code over a struct, which no
            // precompiled image holds, so a cold build ran it unoptimised.
            var citingTasks = new Dictionary<string, Dictionary<string, List<TaskItem>>>(StringComparer.Ordinal);
            foreach (FeatureFolder owner in tree.Features)
            {
                if (owner.Tasks == null)
                {
                    continue;
                }

                foreach (TaskItem task in owner.Tasks.Tasks)
                {
                    for (int i = 0; i < task.Citations.Count; i++)
                    {
                        RequirementCitation citation = task.Citations[i];
                        string feature = citation.Feature ?? owner.Name;
                        if (!citingTasks.TryGetValue(feature, out Dictionary<string, List<TaskItem>>? byId))
                        {
                            citingTasks[feature] = byId = new Dictionary<string, List<TaskItem>>(StringComparer.Ordinal);
                        }

                        if (!byId.TryGetValue(citation.Id, out List<TaskItem>? tasks))
                        {
                            byId[citation.Id] = tasks = new List<TaskItem>();
                        }

                        // A task citing one requirement twice counts once: it is the last one added if so.
                        if (tasks.Count == 0 || !ReferenceEquals(tasks[tasks.Count - 1], task))
                        {
                            tasks.Add(task);
                        }
                    }
                }
            }

            var rows = new List<RequirementCoverage>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (FeatureFolder feature in tree.Features)
            {
                if (feature.Spec == null)
                {
                    continue;
                }

                seen.Clear();
                citingTasks.TryGetValue(feature.Name, out Dictionary<string, List<TaskItem>>? citedHere);
                foreach (Requirement requirement in feature.Spec.Requirements)
                {
                    if (!seen.Add(requirement.Id))
                    {
                        continue; // a duplicated ID is SC2xxx's business; the matrix has one row per ID
                    }

                    List<TaskItem>? citing = null;
                    citedHere?.TryGetValue(requirement.Id, out citing);
                    rows.Add(new RequirementCoverage(feature.Name, requirement.Id, DistinctIds(citing, doneOnly: false), DistinctIds(citing, doneOnly: true)));
                }
            }

            return rows;
        }

        private static string[] DistinctIds(List<TaskItem>? tasks, bool doneOnly)
        {
            if (tasks == null || tasks.Count == 0)
            {
                return Array.Empty<string>();
            }

            var ids = new List<string>(tasks.Count);
            foreach (TaskItem task in tasks)
            {
                if ((!doneOnly || task.IsDone) && !ids.Contains(task.Id))
                {
                    ids.Add(task.Id);
                }
            }

            return ids.ToArray();
        }

        /// <summary>The rows as a JSON array, written as they go: a row per requirement, 12,000 at 1,000 features.</summary>
        public static void WriteJson(IReadOnlyList<RequirementCoverage> rows, JsonStreamWriter json)
        {
            json.StartArray();
            foreach (RequirementCoverage row in rows)
            {
                json.StartObject();
                json.Name("complete");
                json.Value(row.IsDone);
                json.Name("covered");
                json.Value(row.TaskIds.Count > 0);
                json.Name("done");
                WriteStrings(row.DoneTaskIds, json);
                json.Name("feature");
                json.Value(row.Feature);
                json.Name("requirement");
                json.Value(row.RequirementId);
                json.Name("tasks");
                WriteStrings(row.TaskIds, json);
                json.EndObject();
            }

            json.EndArray();
        }

        private static void WriteStrings(IReadOnlyList<string> values, JsonStreamWriter json)
        {
            json.StartArray();
            for (int i = 0; i < values.Count; i++)
            {
                json.Value(values[i]);
            }

            json.EndArray();
        }
    }
}
