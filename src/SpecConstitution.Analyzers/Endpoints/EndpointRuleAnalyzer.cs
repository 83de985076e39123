using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Rules;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// Shared machinery of the endpoint rules: finds every endpoint (minimal API calls as they are analyzed,
    /// controller actions per type) and asks each configured rule of the analyzer's kind about it.
    /// No rule of the kind in the rules file, no work and no diagnostic.
    /// </summary>
    public abstract class EndpointRuleAnalyzer : DiagnosticAnalyzer
    {
        public const string RuleIdProperty = "RuleId";
        public const string PolicyProperty = "Policy";
        public const string EndpointKindProperty = "EndpointKind";

        internal abstract string RuleKind { get; }

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        internal abstract EndpointRuleCheck CreateCheck(RuleDefinition rule, EndpointServices services);

        /// <summary>Extra actions a rule kind needs beyond judging endpoints (SC1003's policy names).</summary>
#pragma warning disable RS1012 // Overrides register their actions; the base has none to add.
        internal virtual void RegisterMore(CompilationStartAnalysisContext context, EndpointServices services, IReadOnlyList<RuleDefinition> rules)
        {
        }
#pragma warning restore RS1012

        private void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            ConstitutionConfiguration configuration = ConfigurationLoader.Load(context.Options, context.CancellationToken);
            IReadOnlyList<RuleDefinition> rules = configuration.RulesOfKind(RuleKind);
            if (rules.Count == 0)
            {
                return;
            }

            var services = new EndpointServices(context.Compilation, context.CancellationToken);
            if (!services.Symbols.HasMinimalApis && !services.Symbols.HasMvc)
            {
                return;
            }

            EndpointRuleCheck[] checks = rules.Select(rule => CreateCheck(rule, services)).ToArray();
            if (services.Symbols.HasMinimalApis)
            {
                context.RegisterOperationAction(c => AnalyzeInvocation(c, services, checks), OperationKind.Invocation);
            }

            if (services.Symbols.HasMvc && BuildHost.IsCommandLine(context.Options))
            {
                RegisterControllersAtEnd(context, services, checks);
            }
            else if (services.Symbols.HasMvc)
            {
                context.RegisterSymbolAction(c => AnalyzeType(c, services, checks), SymbolKind.NamedType);
            }

            RegisterMore(context, services, rules);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, EndpointServices services, EndpointRuleCheck[] checks)
        {
            var call = (IInvocationOperation)context.Operation;
            if (!call.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal))
            {
                return;
            }

            Report(MinimalApiEndpoint.Discover(call, services.Symbols, services.Flow), checks, context.ReportDiagnostic);
        }

        /// <summary>
        /// Command-line builds judge controllers once the compiler has bound every body. Judging one needs the app's
        /// MapControllers() calls, and asking for those first bound all of Program.cs inside our callback while the other
        /// analyzer threads waited for it (at 5,000 endpoints, ~450 ms of the analyzer's ~1,400 ms). At the end they are
        /// bound already. The IDE keeps the per-type action: there a controller's diagnostics must come with its file.
        /// </summary>
        private static void RegisterControllersAtEnd(CompilationStartAnalysisContext context, EndpointServices services, EndpointRuleCheck[] checks)
        {
            var controllers = new ConcurrentQueue<INamedTypeSymbol>();
            context.RegisterSymbolAction(
                c =>
                {
                    var type = (INamedTypeSymbol)c.Symbol;
                    if (services.Controllers.IsController(type))
                    {
                        controllers.Enqueue(type);
                    }
                },
                SymbolKind.NamedType);
            context.RegisterCompilationEndAction(c =>
            {
                foreach (INamedTypeSymbol controller in controllers)
                {
                    c.CancellationToken.ThrowIfCancellationRequested();
                    Report(services.Controllers.Endpoints(controller, services.Index), checks, c.ReportDiagnostic);
                }
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, EndpointServices services, EndpointRuleCheck[] checks) =>
            Report(services.Controllers.Endpoints((INamedTypeSymbol)context.Symbol, services.Index), checks, context.ReportDiagnostic);

        private static void Report(IEnumerable<Endpoint> endpoints, EndpointRuleCheck[] checks, System.Action<Diagnostic> report)
        {
            // A helper mapped from two places is two endpoints at one location: say each distinct problem once.
            var reported = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (Endpoint endpoint in endpoints)
            {
                foreach (EndpointRuleCheck check in checks)
                {
                    if (check.IsExcluded(endpoint))
                    {
                        continue;
                    }

                    string? message = check.Violation(endpoint);
                    if (message != null && reported.Add(endpoint.Location.SourceSpan.ToString() + "|" + message))
                    {
                        report(check.CreateDiagnostic(endpoint, message));
                    }
                }
            }
        }
    }
}
