using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Analyzers
{
    /// <summary>
    /// The Roslyn descriptors. IDs, categories and default severities are literals so release tracking (RS2008)
    /// can check them against AnalyzerReleases.*.md; titles and help links come from the Core catalog.
    /// </summary>
    internal static partial class Descriptors
    {
        private const string Endpoints = "SpecConstitution.Endpoints";
        private const string Constitution = "SpecConstitution.Constitution";

        public static readonly DiagnosticDescriptor SC1001 = Make("SC1001", Endpoints, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3001 = Make("SC3001", Constitution, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SC3002 = Make("SC3002", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3003 = Make("SC3003", Constitution, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SC3004 = Make("SC3004", Constitution, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SC3005 = Make("SC3005", Constitution, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SC3006 = Make("SC3006", Constitution, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor SC3007 = Make("SC3007", Constitution, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor SC3010 = Make("SC3010", Constitution, DiagnosticSeverity.Warning);

        // Built on first use from every descriptor field of every partial file, whatever their initialization order.
        private static readonly System.Lazy<Dictionary<string, DiagnosticDescriptor>> ById = new System.Lazy<Dictionary<string, DiagnosticDescriptor>>(() =>
            typeof(Descriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null))
                .ToDictionary(d => d.Id));

        public static DiagnosticDescriptor? Find(string id) => ById.Value.TryGetValue(id, out DiagnosticDescriptor? d) ? d : null;

        public static DiagnosticSeverity ToRoslyn(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => DiagnosticSeverity.Error,
            FindingSeverity.Warning => DiagnosticSeverity.Warning,
            FindingSeverity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };

        private static DiagnosticDescriptor Make(string id, string category, DiagnosticSeverity severity, params string[] customTags)
        {
            DiagnosticInfo info = DiagnosticCatalog.Find(id) ?? throw new KeyNotFoundException(id);
            return new DiagnosticDescriptor(id, info.Title, "{0}", category, severity, isEnabledByDefault: true, helpLinkUri: info.HelpLink, customTags: customTags);
        }
    }
}
