using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Analyzers.Endpoints.Inventory
{
    /// <summary>
    /// SC1090: one Info diagnostic per endpoint the compilation maps, carrying its route, methods, authorization, rate
    /// limiting and handler in <see cref="Diagnostic.Properties"/>. It is how the deploy manifest gets its endpoint
    /// inventory from the same discovery the endpoint rules use: the compiler writes these into its SARIF log and
    /// WriteDeployManifest reads them back. Reported only in command-line builds that ask for it
    /// (build_property.SpecConstitutionEndpointInventory=true); the IDE never pays for it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointInventoryAnalyzer : DiagnosticAnalyzer
    {
        public const string InventoryOption = BuildProperties.EndpointInventory;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Of(DiagnosticCatalog.EndpointInventoryEntry));

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            if (!IsRequested(context.Options))
            {
                return;
            }

            // Always the command line's schedule: every endpoint is described at the end, once all bodies are bound.
            var services = new EndpointServices(context.Compilation, JudgementSchedule.AtCompilationEnd(), context.CancellationToken);
            if (!services.Symbols.HasMinimalApis && !services.Symbols.HasMvc)
            {
                return;
            }

            var classifier = new EndpointClassifier(services);
            if (services.Symbols.HasMinimalApis)
            {
                context.RegisterOperationAction(c =>
                {
                    var call = (IInvocationOperation)c.Operation;
                    if (call.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal))
                    {
                        services.Schedule.Judge(report => Describe(MinimalApiEndpoint.Discover(call, services.Symbols, services.Flow, services.Index.RazorPages), classifier, report), c.ReportDiagnostic);
                    }
                }, OperationKind.Invocation);
            }

            if (services.Symbols.HasMvc)
            {
                context.RegisterSymbolAction(c =>
                {
                    if (services.EndpointsOfType((INamedTypeSymbol)c.Symbol) is IEnumerable<Endpoint> endpoints)
                    {
                        services.Schedule.Judge(report => Describe(endpoints, classifier, report), c.ReportDiagnostic);
                    }
                }, SymbolKind.NamedType);
            }

            if (services.FastEndpoints.IsPresent)
            {
                context.RegisterSymbolAction(c =>
                {
                    var type = (INamedTypeSymbol)c.Symbol;
                    if (services.FastEndpoints.IsEndpoint(type))
                    {
                        services.Schedule.Judge(report => Describe(services.FastEndpoints.Endpoints(type), classifier, report), c.ReportDiagnostic);
                    }
                }, SymbolKind.NamedType);
            }

            services.Schedule.Recorded!.RegisterOn(context, services.Index);
            context.RegisterCompilationEndAction(c => services.Schedule.RunDeferred(c.Compilation, c.ReportDiagnostic, c.CancellationToken));
        }

        internal static bool IsRequested(AnalyzerOptions options) =>
            BuildHost.IsCommandLine(options) &&
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(InventoryOption, out string? value) &&
            string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

        private static void Describe(IEnumerable<Endpoint> endpoints, EndpointClassifier classifier, System.Action<Diagnostic> report)
        {
            // A helper mapped twice on one path is one entry; on two group prefixes it is two (two routes).
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (Endpoint endpoint in endpoints)
            {
                InventoryEntry entry = classifier.Describe(endpoint);
                if (!seen.Add(entry.Key))
                {
                    continue;
                }

                FileLinePositionSpan span = endpoint.Location.GetLineSpan();
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(InventoryProperties.Route, entry.Route)
                    .Add(InventoryProperties.Methods, string.Join(",", entry.Methods))
                    .Add(InventoryProperties.Authorization, entry.Authorization)
                    .Add(InventoryProperties.RateLimiting, entry.RateLimiting)
                    .Add(InventoryProperties.Handler, entry.Handler)
                    .Add(InventoryProperties.File, span.Path)
                    .Add(InventoryProperties.Line, (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture));
                report(Diagnostic.Create(Descriptors.Of(DiagnosticCatalog.EndpointInventoryEntry), endpoint.Location, properties,
                    string.Join(",", entry.Methods) + " " + entry.Route, entry.Authorization, entry.RateLimiting));
            }
        }
    }
}
