using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>How many SpecConstitution diagnostics of each ID and level a build produced.</summary>
    public sealed class AnalysisSummary
    {
        private readonly SortedDictionary<string, SortedDictionary<string, int>> _counts =
            new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, SortedDictionary<string, int>> Counts => _counts;

        public int Total => _counts.Values.Sum(levels => levels.Values.Sum());

        public int CountAtLevel(string level) => _counts.Values.Sum(levels => levels.TryGetValue(level, out int n) ? n : 0);

        public void Add(string id, string level)
        {
            if (!_counts.TryGetValue(id, out SortedDictionary<string, int>? levels))
            {
                levels = new SortedDictionary<string, int>(StringComparer.Ordinal);
                _counts.Add(id, levels);
            }

            levels[level] = levels.TryGetValue(level, out int n) ? n + 1 : 1;
        }

        /// <summary>
        /// Adds the unsuppressed SC results of a compiler ErrorLog (SARIF 2.1 or 1.0). Returns false when the text is not SARIF.
        /// </summary>
        public bool AddSarif(string sarifText)
        {
            if (!JsonTextReader.TryParse(sarifText, out JsonNode? root) || root?["runs"] is not JsonArray runs)
            {
                return false;
            }

            foreach (JsonNode run in runs.Items)
            {
                if (run["results"] is not JsonArray results)
                {
                    continue;
                }

                foreach (JsonNode result in results.Items)
                {
                    string? id = result["ruleId"]?.AsString();
                    bool suppressed = result["suppressions"] is JsonArray suppressions && suppressions.Items.Count > 0;
                    // SC1090 carries the endpoint inventory (EndpointInventoryReader), it is not a finding.
                    if (id != null && id.StartsWith("SC", StringComparison.Ordinal) && !suppressed && id != EndpointInventoryReader.CarrierId)
                    {
                        Add(id, result["level"]?.AsString() ?? "warning");
                    }
                }
            }

            return true;
        }

        public JsonObject ToJson()
        {
            var byId = new JsonObject();
            foreach (KeyValuePair<string, SortedDictionary<string, int>> id in _counts)
            {
                var levels = new JsonObject();
                foreach (KeyValuePair<string, int> level in id.Value)
                {
                    levels.Set(level.Key, level.Value);
                }

                byId.Set(id.Key, levels);
            }

            return new JsonObject()
                .Set("findings", byId)
                .Set("total", Total)
                .Set("errors", CountAtLevel("error"));
        }
    }
}
