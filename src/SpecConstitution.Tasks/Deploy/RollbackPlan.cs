using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>Which deployment a failed verification rolls back to: the newest completed one to the same target before ours.</summary>
    internal static class RollbackPlan
    {
        /// <param name="newestFirst">The project's deployments as DeployHQ lists them (newest first).</param>
        /// <returns>The deployment to return to, or null when the target has no earlier completed deployment.</returns>
        public static JsonNode? EarlierCompleted(IReadOnlyList<JsonNode> newestFirst, string ours, DeployTarget target)
        {
            int index = -1;
            for (int i = 0; i < newestFirst.Count && index < 0; i++)
            {
                index = string.Equals(newestFirst[i]["identifier"]?.AsString(), ours, StringComparison.OrdinalIgnoreCase) ? i : -1;
            }

            // Only what is older than ours: a deployment queued after ours (someone else's) is never a rollback target.
            IEnumerable<JsonNode> older = index >= 0 ? newestFirst.Skip(index + 1) : newestFirst.Where(d => !string.Equals(d["identifier"]?.AsString(), ours, StringComparison.OrdinalIgnoreCase));
            return older.FirstOrDefault(d => string.Equals(DeployHQClient.StatusOf(d), "completed", StringComparison.OrdinalIgnoreCase) && DeployHQClient.IsFor(d, target));
        }

        /// <summary>A deployment's end revision as DeployHQ writes it (a string, or {"ref": …}).</summary>
        public static string? EndRevision(JsonNode deployment) => deployment["end_revision"]?.AsString() ?? deployment["end_revision"]?["ref"]?.AsString();
    }
}
