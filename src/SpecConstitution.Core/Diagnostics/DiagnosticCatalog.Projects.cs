namespace SpecConstitution.Diagnostics
{
    /// <summary>Project rules checked by MSBuild (target framework, packages): SC4xxx.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticInfo TargetFrameworkNotAllowed = new DiagnosticInfo(
            "SC4001", "Target framework is not allowed",
            "Target framework '{0}' is not allowed by rule '{1}'; allowed: {2}", Projects, FindingSeverity.Warning);

        public static readonly DiagnosticInfo PackageNotAllowed = new DiagnosticInfo(
            "SC4002", "Package is not on the allowlist",
            "Package '{0}'{1} is not allowed by rule '{2}'; allowed: {3}", Projects, FindingSeverity.Warning);
    }
}
