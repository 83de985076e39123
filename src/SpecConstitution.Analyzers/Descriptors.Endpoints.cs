using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers
{
    /// <summary>Endpoint rule descriptors beyond SC1001 (literal IDs for release tracking).</summary>
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor SC1002 = Make("SC1002", Endpoints, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC1003 = Make("SC1003", Endpoints, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC1004 = Make("SC1004", Endpoints, DiagnosticSeverity.Warning);

        // Judged once the whole compilation's endpoints are known, so it is a compilation-end diagnostic.
        public static readonly DiagnosticDescriptor SC1005 = Make("SC1005", Endpoints, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

        // An endpoint a rule could not judge (its builder not followed to the end, its pattern timed out).
        public static readonly DiagnosticDescriptor SC1006 = Make("SC1006", Endpoints, DiagnosticSeverity.Warning);
    }
}
