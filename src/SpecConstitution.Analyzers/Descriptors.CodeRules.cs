using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers
{
    /// <summary>Descriptors of the code rules beyond endpoints and of their rules-file problems (literal IDs for release tracking).</summary>
    internal static partial class Descriptors
    {
        private const string CodeRules = "SpecConstitution.CodeRules";

        public static readonly DiagnosticDescriptor SC1010 = Make("SC1010", CodeRules, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC1020 = Make("SC1020", CodeRules, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC1030 = Make("SC1030", CodeRules, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC1031 = Make("SC1031", CodeRules, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3020 = Make("SC3020", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3021 = Make("SC3021", Constitution, DiagnosticSeverity.Warning);
    }
}
