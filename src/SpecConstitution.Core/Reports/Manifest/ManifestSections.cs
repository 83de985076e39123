using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.BlastRadius;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>
    /// The parts of predicate that come after the rest of the manifest is built: the endpoint inventory, and the blast
    /// radius, which compares the finished manifest with the live one.
    /// </summary>
    public static class ManifestSections
    {
        /// <summary>Sets predicate.endpoints; a null inventory (not asked for, no compiler log) leaves it out.</summary>
        public static void SetEndpoints(JsonObject manifest, IReadOnlyList<InventoryEndpoint>? endpoints)
        {
            if (endpoints != null && manifest["predicate"] is JsonObject predicate)
            {
                predicate.Set("endpoints", new JsonArray(InventoryEndpoint.Sorted(endpoints).Select(e => (JsonNode)e.ToJson())));
            }
        }

        public static void SetBlastRadius(JsonObject manifest, BlastRadiusReport report)
        {
            if (manifest["predicate"] is JsonObject predicate)
            {
                predicate.Set("blastRadius", report.ToJson());
            }
        }
    }
}
