using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Json;
using SpecConstitution.SpecKit;

namespace SpecConstitution.Checking
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
            var citingTasks = new Dictionary<(string Feature, string Id), List<TaskItem>>();
            foreach (FeatureFolder owner in tree.Features.Where(f => f.Tasks != null))
            {
                foreach (TaskItem task in owner.Tasks!.Tasks)
                {
                    foreach (var key in task.Citations.Select(c => (c.Feature ?? owner.Name, c.Id)).Distinct())
                    {
                        if (!citingTasks.TryGetValue(key, out List<TaskItem>? tasks))
                        {
                            citingTasks[key] = tasks = new List<TaskItem>();
                        }

                        tasks.Add(task);
                    }
                }
            }

            var rows = new List<RequirementCoverage>();
            foreach (FeatureFolder feature in tree.Features)
            {
                if (feature.Spec == null)
                {
                    continue;
                }

                foreach (Requirement requirement in feature.Spec.Requirements.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First()))
                {
                    IReadOnlyList<TaskItem> citing = citingTasks.TryGetValue((feature.Name, requirement.Id), out List<TaskItem>? found) ? found : (IReadOnlyList<TaskItem>)Array.Empty<TaskItem>();
                    rows.Add(new RequirementCoverage(feature.Name, requirement.Id,
                        citing.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToArray(),
                        citing.Where(t => t.IsDone).Select(t => t.Id).Distinct(StringComparer.Ordinal).ToArray()));
                }
            }

            return rows;
        }

        public static JsonArray ToJson(IReadOnlyList<RequirementCoverage> rows) =>
            new JsonArray(rows.Select(r => (JsonNode)new JsonObject()
                .Set("feature", r.Feature)
                .Set("requirement", r.RequirementId)
                .Set("tasks", new JsonArray(r.TaskIds.Select(JsonNode.From)))
                .Set("done", new JsonArray(r.DoneTaskIds.Select(JsonNode.From)))
                .Set("covered", r.TaskIds.Count > 0)
                .Set("complete", r.IsDone)));
    }
}
