namespace SpecConstitution.Diagnostics
{
    /// <summary>Code rules (analyzers): SC1xxx.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticInfo EndpointNotRateLimited = new DiagnosticInfo(
            "SC1001", "Endpoint is not rate limited",
            "Endpoint '{0}' has no rate limiting (rule '{1}'{2})", Endpoints, FindingSeverity.Warning);
    }
}
