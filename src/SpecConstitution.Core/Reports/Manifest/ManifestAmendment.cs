using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.Gates;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>
    /// Adds a gate decided at deploy time (test results, live manifests of other systems) to an existing manifest,
    /// with its evidence under <c>predicate.&lt;key&gt;</c>. Re-running replaces the earlier verdict, never adds a second.
    /// </summary>
    public static class ManifestAmendment
    {
        /// <returns>The amended manifest text; null with a reason when the text is not a manifest with gates.</returns>
        public static string? AddGate(string manifestText, GateCheck check, string evidenceKey, JsonNode evidence, out string? problem)
        {
            problem = null;
            if (!JsonTextReader.TryParse(manifestText, out JsonNode? root) || !(root?["predicate"] is JsonObject predicate)
                || !(predicate["gates"] is JsonObject gates) || !(gates["checks"] is JsonArray checks))
            {
                problem = "it is not a deploy manifest with predicate.gates";
                return null;
            }

            var kept = checks.Items.Where(c => !string.Equals(c["id"]?.AsString(), check.Id, StringComparison.Ordinal)).ToList();
            kept.Add(new JsonObject()
                .Set("id", check.Id)
                .Set("enabled", check.Enabled)
                .Set("passed", check.Passed)
                .Set("reason", check.Reason));
            var sorted = new JsonArray(kept.OrderBy(c => c["id"]?.AsString() ?? string.Empty, StringComparer.Ordinal));
            gates.Set("checks", sorted);
            gates.Set("passed", sorted.Items.All(c => c["passed"]?.AsBoolean() == true));
            predicate.Set(evidenceKey, evidence);
            return JsonTextWriter.Write(root!);
        }

        /// <summary>Sets <c>predicate.&lt;key&gt;</c> (evidence without a gate of its own, such as the build configuration checked against).</summary>
        public static string? SetEvidence(string manifestText, string evidenceKey, JsonNode evidence, out string? problem)
        {
            problem = null;
            if (!JsonTextReader.TryParse(manifestText, out JsonNode? root) || !(root?["predicate"] is JsonObject predicate))
            {
                problem = "it is not a deploy manifest";
                return null;
            }

            predicate.Set(evidenceKey, evidence);
            return JsonTextWriter.Write(root!);
        }
    }
}
