using System.Collections.Generic;

namespace SpecConstitution.Analyzers.Endpoints.Inventory
{
    /// <summary>One endpoint as the manifest lists it.</summary>
    internal sealed class InventoryEntry
    {
        public InventoryEntry(string route, IReadOnlyList<string> methods, string authorization, string rateLimiting, string handler)
        {
            Route = route;
            Methods = methods;
            Authorization = authorization;
            RateLimiting = rateLimiting;
            Handler = handler;
        }

        /// <summary>The normalized full route template ('*' for a part unknown at compile time).</summary>
        public string Route { get; }

        /// <summary>GET, POST, ... sorted; ["*"] when any method matches.</summary>
        public IReadOnlyList<string> Methods { get; }

        /// <summary>authorize | anonymous | none.</summary>
        public string Authorization { get; }

        /// <summary>The policy name | disabled | global | none.</summary>
        public string RateLimiting { get; }

        public string Handler { get; }

        public string Key => string.Join(",", Methods) + " " + Route + " " + Handler;
    }
}
