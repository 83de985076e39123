using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Reports.BlastRadius
{
    /// <summary>
    /// Compares the manifest being written with the manifest of what is live: endpoints added or removed, protections
    /// taken away, and the constitution, rules and Done features that changed. Pure: both manifests are JSON in hand.
    /// </summary>
    public static class BlastRadiusCalculator
    {
        private static readonly string[] DoneStatuses = { "done", "complete", "completed", "implemented", "shipped", "released" };

        /// <param name="current">The manifest being written (its predicate.endpoints, constitution, features).</param>
        /// <param name="live">The live manifest; null when there is none, then <paramref name="unknownReason"/> says why.</param>
        public static BlastRadiusReport Compute(JsonObject current, JsonNode? live, string? unknownReason, IReadOnlyList<string> checkpointKinds, bool unknownIsRisky)
        {
            if (live == null)
            {
                return new BlastRadiusReport(null, unknownReason ?? "no live manifest was given (SpecConstitutionLiveManifest)", Array.Empty<BlastRadiusChange>(), checkpointKinds, unknownIsRisky);
            }

            string? against = live["predicate"]?["source"]?["commit"]?.AsString();
            if (!(live["predicate"]?["endpoints"] is JsonArray liveEndpoints))
            {
                return new BlastRadiusReport(against, "the live manifest has no endpoint inventory (predicate.endpoints): it was written by an earlier SpecConstitution", Array.Empty<BlastRadiusChange>(), checkpointKinds, unknownIsRisky);
            }

            if (!(current["predicate"]?["endpoints"] is JsonArray))
            {
                // Comparing against nothing would call every live endpoint removed.
                return new BlastRadiusReport(against, "this build wrote no endpoint inventory (SpecConstitutionEndpointInventory is off)", Array.Empty<BlastRadiusChange>(), checkpointKinds, unknownIsRisky);
            }

            var kinds = new HashSet<string>(checkpointKinds, StringComparer.Ordinal);
            var changes = new List<BlastRadiusChange>();
            void Add(string kind, string subject, string detail) => changes.Add(new BlastRadiusChange(kind, subject, detail, kinds.Contains(kind)));

            CompareEndpoints(Endpoints(current["predicate"]?["endpoints"] as JsonArray), Endpoints(liveEndpoints), Add);

            string? constitutionNow = current["predicate"]?["constitution"]?["sha256"]?.AsString();
            string? constitutionLive = live["predicate"]?["constitution"]?["sha256"]?.AsString();
            if (constitutionNow != constitutionLive)
            {
                string path = current["predicate"]?["constitution"]?["path"]?.AsString() ?? live["predicate"]?["constitution"]?["path"]?.AsString() ?? "constitution";
                Add(BlastRadiusKinds.ConstitutionChanged, path, Versions(live["predicate"]?["constitution"]?["version"]?.AsString(), current["predicate"]?["constitution"]?["version"]?.AsString(), constitutionLive, constitutionNow));
            }

            (string? rulesPath, string? rulesNow) = Dependency(current, "rules");
            (string? liveRulesPath, string? rulesLive) = Dependency(live, "rules");
            if (rulesNow != rulesLive)
            {
                Add(BlastRadiusKinds.RulesChanged, rulesPath ?? liveRulesPath ?? "rules file", "sha256 " + Short(rulesLive) + " → " + Short(rulesNow));
            }

            CompareFeatures(current, live, Add);
            BlastRadiusChange[] ordered = changes
                .OrderBy(c => c.Kind, StringComparer.Ordinal)
                .ThenBy(c => c.Subject, StringComparer.Ordinal)
                .ToArray();
            return new BlastRadiusReport(against, null, ordered, checkpointKinds, unknownIsRisky);
        }

        private static void CompareEndpoints(Dictionary<string, InventoryEndpoint> now, Dictionary<string, InventoryEndpoint> before, Action<string, string, string> add)
        {
            foreach (KeyValuePair<string, InventoryEndpoint> entry in now)
            {
                InventoryEndpoint endpoint = entry.Value;
                if (!before.TryGetValue(entry.Key, out InventoryEndpoint? old))
                {
                    // A new endpoint anyone can call is its own, more specific kind (it is not also listed as endpoint-added).
                    add(endpoint.IsAnonymous ? BlastRadiusKinds.AnonymousEndpointAdded : BlastRadiusKinds.EndpointAdded, entry.Key,
                        Describe(endpoint));
                    continue;
                }

                if (!old.IsAnonymous && endpoint.IsAnonymous)
                {
                    add(BlastRadiusKinds.AuthorizationLoosened, entry.Key, "authorization " + old.Authorization + " → " + endpoint.Authorization + At(endpoint));
                }

                if (old.IsRateLimited && !endpoint.IsRateLimited)
                {
                    add(BlastRadiusKinds.RateLimitingLoosened, entry.Key, "rate limiting " + old.RateLimiting + " → " + endpoint.RateLimiting + At(endpoint));
                }
            }

            foreach (KeyValuePair<string, InventoryEndpoint> entry in before)
            {
                if (!now.ContainsKey(entry.Key))
                {
                    add(BlastRadiusKinds.EndpointRemoved, entry.Key, "was " + Describe(entry.Value));
                }
            }
        }

        private static void CompareFeatures(JsonNode current, JsonNode live, Action<string, string, string> add)
        {
            Dictionary<string, JsonNode> before = Features(live);
            foreach (KeyValuePair<string, JsonNode> feature in Features(current))
            {
                if (!before.TryGetValue(feature.Key, out JsonNode? old) || !(IsDone(old) || IsDone(feature.Value)))
                {
                    continue;
                }

                string? digestNow = feature.Value["digest"]?["sha256"]?.AsString();
                string? digestLive = old["digest"]?["sha256"]?.AsString();
                if (digestNow != digestLive)
                {
                    add(BlastRadiusKinds.FeatureChanged, feature.Key, "status " + (old["status"]?.AsString() ?? "?") + " → " + (feature.Value["status"]?.AsString() ?? "?")
                        + ", spec digest " + Short(digestLive) + " → " + Short(digestNow));
                }
            }
        }

        private static bool IsDone(JsonNode feature) =>
            feature["status"]?.AsString() is string status && DoneStatuses.Contains(status.Trim().ToLowerInvariant());

        private static Dictionary<string, JsonNode> Features(JsonNode manifest)
        {
            var features = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            if (manifest["predicate"]?["spec"]?["features"] is JsonArray array)
            {
                foreach (JsonNode feature in array.Items)
                {
                    if (feature["id"]?.AsString() is string id)
                    {
                        features[id] = feature;
                    }
                }
            }

            return features;
        }

        /// <summary>Per method-and-route, the loosest of the endpoints that share it (what a caller can reach).</summary>
        private static Dictionary<string, InventoryEndpoint> Endpoints(JsonArray? array)
        {
            var endpoints = new Dictionary<string, InventoryEndpoint>(StringComparer.Ordinal);
            foreach (InventoryEndpoint endpoint in (array?.Items ?? new List<JsonNode>()).Select(InventoryEndpoint.FromJson).Where(e => e != null).Select(e => e!))
            {
                if (!endpoints.TryGetValue(endpoint.Key, out InventoryEndpoint? seen) ||
                    (endpoint.IsAnonymous && !seen.IsAnonymous) || (!endpoint.IsRateLimited && seen.IsRateLimited))
                {
                    endpoints[endpoint.Key] = endpoint;
                }
            }

            return endpoints;
        }

        private static (string? Uri, string? Sha256) Dependency(JsonNode manifest, string name)
        {
            JsonNode? dependency = (manifest["predicate"]?["buildDefinition"]?["resolvedDependencies"] as JsonArray)?.Items.FirstOrDefault(d => d["name"]?.AsString() == name);
            return (dependency?["uri"]?.AsString(), dependency?["digest"]?["sha256"]?.AsString());
        }

        private static string Describe(InventoryEndpoint endpoint) =>
            "authorization " + endpoint.Authorization + ", rate limiting " + endpoint.RateLimiting + ", handler " + endpoint.Handler + At(endpoint);

        private static string At(InventoryEndpoint endpoint) => endpoint.File == null ? string.Empty : " (" + endpoint.File + ":" + endpoint.Line + ")";

        private static string Versions(string? before, string? now, string? digestBefore, string? digestNow) =>
            (before != now ? "version " + (before ?? "?") + " → " + (now ?? "?") + ", " : string.Empty) + "sha256 " + Short(digestBefore) + " → " + Short(digestNow);

        private static string Short(string? digest) => digest == null ? "(none)" : digest.Length > 12 ? digest.Substring(0, 12) : digest;
    }
}
