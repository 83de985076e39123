namespace SpecConstitution.Analyzers.Endpoints.Inventory
{
    /// <summary>
    /// The keys of an SC1090 diagnostic's properties. The compiler writes them to its SARIF log as
    /// result.properties.customProperties; SpecConstitution.Reports.Manifest.EndpointInventoryReader reads the same names.
    /// </summary>
    internal static class InventoryProperties
    {
        public const string Route = "route";
        public const string Methods = "methods";
        public const string Authorization = "authorization";
        public const string RateLimiting = "rateLimiting";
        public const string Handler = "handler";
        public const string File = "file";
        public const string Line = "line";
    }
}
