using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports.BlastRadius
{
    /// <summary>predicate.blastRadius: what this deployment changes for users compared with what is live, or why that is unknown.</summary>
    public sealed class BlastRadiusReport
    {
        public const string Known = "known";
        public const string UnknownStatus = "unknown";

        public BlastRadiusReport(string? against, string? unknownReason, IReadOnlyList<BlastRadiusChange> changes, IReadOnlyList<string> checkpointKinds, bool unknownIsRisky)
        {
            Against = against;
            UnknownReason = unknownReason;
            Changes = changes;
            CheckpointKinds = checkpointKinds;
            UnknownIsRisky = unknownIsRisky;
        }

        /// <summary>The live manifest's commit.</summary>
        public string? Against { get; }

        /// <summary>Why the blast radius is unknown (no live manifest, unreadable, no inventory in it); null when known.</summary>
        public string? UnknownReason { get; }

        public bool IsKnown => UnknownReason == null;

        public IReadOnlyList<BlastRadiusChange> Changes { get; }

        public IReadOnlyList<string> CheckpointKinds { get; }

        public bool UnknownIsRisky { get; }

        /// <summary>The changes a person must approve; an unknown blast radius counts as one when unknown is risky.</summary>
        public IReadOnlyList<BlastRadiusChange> NeedingPerson =>
            !IsKnown && UnknownIsRisky
                ? new[] { new BlastRadiusChange(BlastRadiusKinds.Unknown, "blast radius", UnknownReason!, true) }
                : Changes.Where(c => c.NeedsPerson).ToArray();

        public JsonObject ToJson()
        {
            var json = new JsonObject()
                .Set("status", IsKnown ? Known : UnknownStatus)
                .Set("against", Against)
                .Set("changes", new JsonArray(Changes.Select(c => (JsonNode)c.ToJson())))
                .Set("checkpointKinds", new JsonArray(CheckpointKinds.Select(k => JsonNode.From(k))))
                .Set("unknownIsRisky", UnknownIsRisky)
                .Set("needsApproval", NeedingPerson.Count > 0);
            return IsKnown ? json : json.Set("reason", UnknownReason);
        }

        /// <summary>Reads predicate.blastRadius of a manifest; null when the manifest has none (written before it existed).</summary>
        public static BlastRadiusReport? FromManifest(JsonNode manifest)
        {
            JsonNode? radius = manifest["predicate"]?["blastRadius"];
            if (radius is not JsonObject)
            {
                return null;
            }

            bool known = radius["status"]?.AsString() == Known;
            var changes = radius["changes"] is JsonArray array ? array.Items.Select(BlastRadiusChange.FromJson).ToArray() : new BlastRadiusChange[0];
            var kinds = radius["checkpointKinds"] is JsonArray k ? k.Items.Select(n => n.AsString()).Where(n => n != null).Select(n => n!).ToArray() : new string[0];
            return new BlastRadiusReport(radius["against"]?.AsString(), known ? null : radius["reason"]?.AsString() ?? "unknown", changes, kinds,
                radius["unknownIsRisky"]?.AsBoolean() == true);
        }
    }
}
