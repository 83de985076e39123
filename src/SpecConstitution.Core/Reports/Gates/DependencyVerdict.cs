using System;
using System.Globalization;
using System.Linq;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Reports.Gates
{
    /// <summary>
    /// Whether another system's live manifest shows the feature we depend on as shipped: listed, every task done, and
    /// that manifest's own gates passed. Records the commit the live manifest names, for the audit trail.
    /// </summary>
    public sealed class DependencyVerdict
    {
        private DependencyVerdict(string owner, FeatureDependency dependency, string source, bool live, string reason, string? commit, string? sha256)
        {
            Owner = owner;
            Dependency = dependency;
            Source = source;
            Live = live;
            Reason = reason;
            Commit = commit;
            Sha256 = sha256;
        }

        /// <summary>Our feature that declares the dependency.</summary>
        public string Owner { get; }

        public FeatureDependency Dependency { get; }

        /// <summary>Where the live manifest was read from (URL or path).</summary>
        public string Source { get; }

        public bool Live { get; }

        public string Reason { get; }

        /// <summary>The commit the live manifest names (its <c>predicate.source.commit</c>), when it could be read.</summary>
        public string? Commit { get; }

        public string? Sha256 { get; }

        public static DependencyVerdict Unreachable(string owner, FeatureDependency dependency, string source, string problem) =>
            new DependencyVerdict(owner, dependency, source, false, "manifest unreachable: " + problem, null, null);

        public static DependencyVerdict Judge(string owner, FeatureDependency dependency, string source, string manifestText, string sha256)
        {
            ManifestFacts? facts = ManifestFacts.TryRead(manifestText, out string? problem);
            if (facts == null)
            {
                return new DependencyVerdict(owner, dependency, source, false, "manifest unreachable: what it serves is not a deploy manifest (" + problem + ")", null, sha256);
            }

            JsonTextReader.TryParse(manifestText, out JsonNode? root);
            JsonNode[] features = (root?["predicate"]?["spec"]?["features"] as JsonArray)?.Items.ToArray() ?? Array.Empty<JsonNode>();
            JsonNode? feature = features.FirstOrDefault(f => string.Equals(f["id"]?.AsString(), dependency.Feature, StringComparison.Ordinal));
            string commit = facts.Commit ?? "unknown";
            if (feature == null)
            {
                return new DependencyVerdict(owner, dependency, source, false, string.Format(CultureInfo.InvariantCulture,
                    "not listed: its live manifest (commit {0}) lists {1}", commit, features.Length == 0 ? "no feature" : string.Join(", ", features.Select(f => f["id"]?.AsString()))), facts.Commit, sha256);
            }

            long done = feature["tasks"]?["done"]?.AsInteger() ?? 0;
            long total = feature["tasks"]?["total"]?.AsInteger() ?? 0;
            if (done < total)
            {
                return new DependencyVerdict(owner, dependency, source, false, string.Format(CultureInfo.InvariantCulture,
                    "tasks open: {0} of {1} done in its live manifest (commit {2})", done, total, commit), facts.Commit, sha256);
            }

            if (!facts.GatesPassed)
            {
                return new DependencyVerdict(owner, dependency, source, false, string.Format(CultureInfo.InvariantCulture,
                    "gates failed in its live manifest (commit {0}): {1}", commit, string.Join("; ", facts.FailedGates.Select(g => g.Id + " (" + g.Reason + ")"))), facts.Commit, sha256);
            }

            return new DependencyVerdict(owner, dependency, source, true, string.Format(CultureInfo.InvariantCulture,
                "live: {0} of {0} tasks done and its gates passed at commit {1}", total, commit), facts.Commit, sha256);
        }

        public JsonNode ToJson() => new JsonObject()
            .Set("feature", Owner)
            .Set("system", Dependency.System)
            .Set("dependsOn", Dependency.Feature)
            .Set("manifest", Source)
            .Set("sha256", Sha256)
            .Set("commit", Commit)
            .Set("live", Live)
            .Set("reason", Reason);
    }
}
