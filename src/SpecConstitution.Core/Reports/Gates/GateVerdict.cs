using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports.Gates
{
    /// <summary>All gates together: the deployment may go ahead only when every enabled gate passed.</summary>
    public sealed class GateVerdict
    {
        public GateVerdict(IReadOnlyList<GateCheck> checks)
        {
            Checks = checks.OrderBy(c => c.Id, System.StringComparer.Ordinal).ToArray();
        }

        public IReadOnlyList<GateCheck> Checks { get; }

        public bool Passed => Checks.All(c => c.Passed);

        public IEnumerable<GateCheck> Failed => Checks.Where(c => !c.Passed);

        public JsonObject ToJson() => new JsonObject()
            .Set("passed", Passed)
            .Set("checks", new JsonArray(Checks.Select(c => (JsonNode)new JsonObject()
                .Set("id", c.Id)
                .Set("enabled", c.Enabled)
                .Set("passed", c.Passed)
                .Set("reason", c.Reason))));
    }
}
