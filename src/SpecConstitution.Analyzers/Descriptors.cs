using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Analyzers
{
    /// <summary>
    /// The Roslyn descriptors, derived from the Core catalog (DiagnosticCatalog.*.cs), which is the one declaration of
    /// every ID: title, real message format, category, default severity and help link all come from there, so a
    /// diagnostic's arguments travel to the IDE and tests compare IDs and arguments, not sentences. Release tracking
    /// (RS2000-series) cannot read derived descriptors; CatalogConsistencyTests checks AnalyzerReleases.*.md instead.
    /// </summary>
    internal static class Descriptors
    {
        // Diagnostics judged once the whole compilation is known: the only Roslyn-only fact an ID has.
        private static readonly ImmutableHashSet<string> CompilationEnd = ImmutableHashSet.Create(DiagnosticCatalog.RateLimiterMiddlewareNotRunning.Id, DiagnosticCatalog.EndpointInventoryEntry.Id);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = DiagnosticCatalog.All
            .Where(i => i.Compiler != CompilerSurface.None)
            .ToDictionary(i => i.Id, Create);

        /// <summary>The descriptor of a catalog entry the compiler reports (every entry whose Compiler is not None).</summary>
        public static DiagnosticDescriptor Of(DiagnosticInfo info) =>
            ById.TryGetValue(info.Id, out DiagnosticDescriptor? descriptor) ? descriptor : throw new KeyNotFoundException(info.Id + " is not reported by the compiler (CompilerSurface.None)");

        public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out DiagnosticDescriptor? d) ? d : null;

        /// <summary>Every descriptor of one analyzer surface: what that analyzer declares as supported.</summary>
        public static ImmutableArray<DiagnosticDescriptor> On(CompilerSurface surface) =>
            DiagnosticCatalog.All.Where(i => i.Compiler == surface).Select(Of).ToImmutableArray();

        public static DiagnosticSeverity ToRoslyn(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => DiagnosticSeverity.Error,
            FindingSeverity.Warning => DiagnosticSeverity.Warning,
            FindingSeverity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };

        /// <summary>A Core finding as a Roslyn diagnostic: its arguments fill the descriptor's real format.</summary>
        public static Diagnostic ToDiagnostic(DiagnosticDescriptor descriptor, Location location, Finding finding) =>
            Diagnostic.Create(descriptor, location, ToRoslyn(finding.Severity), null, null, finding.Arguments.Cast<object>().ToArray());

        private static DiagnosticDescriptor Create(DiagnosticInfo info) => new DiagnosticDescriptor(
            info.Id, info.Title, info.MessageFormat, info.Category, ToRoslyn(info.DefaultSeverity), isEnabledByDefault: true,
            helpLinkUri: info.HelpLink, customTags: CompilationEnd.Contains(info.Id) ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0]);
    }
}
