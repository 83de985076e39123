using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers
{
    /// <summary>Spec-chain (SC2xxx) and constitution-document (SC3011–SC3016) descriptors, reported by SpecChainAnalyzer on the spec files.</summary>
    internal static partial class Descriptors
    {
        private const string Specs = "SpecConstitution.Specs";

        public static readonly DiagnosticDescriptor SC2001 = Make("SC2001", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2002 = Make("SC2002", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2003 = Make("SC2003", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2010 = Make("SC2010", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2011 = Make("SC2011", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2012 = Make("SC2012", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2020 = Make("SC2020", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2021 = Make("SC2021", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2022 = Make("SC2022", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2023 = Make("SC2023", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2024 = Make("SC2024", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2025 = Make("SC2025", Specs, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SC2026 = Make("SC2026", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2027 = Make("SC2027", Specs, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SC2030 = Make("SC2030", Specs, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SC2031 = Make("SC2031", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2032 = Make("SC2032", Specs, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SC2033 = Make("SC2033", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2034 = Make("SC2034", Specs, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SC2035 = Make("SC2035", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2036 = Make("SC2036", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2037 = Make("SC2037", Specs, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SC2040 = Make("SC2040", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2041 = Make("SC2041", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2060 = Make("SC2060", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2061 = Make("SC2061", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2062 = Make("SC2062", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2070 = Make("SC2070", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC2071 = Make("SC2071", Specs, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor SC2072 = Make("SC2072", Specs, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3011 = Make("SC3011", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3012 = Make("SC3012", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3013 = Make("SC3013", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3014 = Make("SC3014", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3015 = Make("SC3015", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3016 = Make("SC3016", Constitution, DiagnosticSeverity.Info);
    }
}
