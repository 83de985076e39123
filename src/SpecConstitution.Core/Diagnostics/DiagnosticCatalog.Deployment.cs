namespace SpecConstitution.Diagnostics
{
    /// <summary>Manifest and deployment: SC5xxx.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticInfo ManifestInputUnreadable = new DiagnosticInfo(
            "SC5001", "Deploy manifest input could not be read",
            "Could not read {0}: {1}", Deployment, FindingSeverity.Warning);

        public static readonly DiagnosticInfo TaskFailed = new DiagnosticInfo(
            "SC5099", "SpecConstitution task failed unexpectedly",
            "{0} failed unexpectedly: {1}", Deployment, FindingSeverity.Error);
    }
}
