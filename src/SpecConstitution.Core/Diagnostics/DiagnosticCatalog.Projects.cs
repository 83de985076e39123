namespace SpecConstitution.Diagnostics
{
    /// <summary>Project rules checked by MSBuild (target framework, packages): SC4xxx.</summary>
    public static partial class DiagnosticCatalog
    {
    }
}
