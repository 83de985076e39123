using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Model.Rules;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// Shared machinery of the endpoint rules: finds every endpoint (minimal API calls as they are analyzed,
    /// controller actions per type) and asks each configured rule of the analyzer's kind about it, at once in the IDE
    /// and at the compilation's end in a command-line build (<see cref="JudgementSchedule"/>).
    /// No rule of the kind in the rules file, no work and no diagnostic.
    /// </summary>
    public abstract class EndpointRuleAnalyzer : DiagnosticAnalyzer
    {
        public const string PolicyProperty = "Policy";
        public const string EndpointKindProperty = "EndpointKind";

        internal abstract string RuleKind { get; }

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is analyzed (its calls may map endpoints or register policies) but never reported on.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        internal abstract EndpointRuleCheck CreateCheck(RuleDefinition rule, EndpointServices services);

        /// <summary>Extra actions a rule kind needs beyond judging endpoints (SC1003's policy names); they judge through <see cref="EndpointServices.Schedule"/>.</summary>
#pragma warning disable RS1012 // Overrides register their actions; the base has none to add.
        internal virtual void RegisterMore(CompilationStartAnalysisContext context, EndpointServices services, IReadOnlyList<RuleDefinition> rules)
        {
        }
#pragma warning restore RS1012

        /// <summary>
        /// A judgement that needs every endpoint judged first (SC1005): run at the compilation's end, after the deferred
        /// endpoint judgements of a command-line build. Null when the kind has none.
        /// </summary>
        internal virtual System.Action<System.Action<Diagnostic>>? AfterAllEndpoints(EndpointServices services, IReadOnlyList<RuleDefinition> rules, EndpointRuleCheck[] checks) => null;

        private void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            ConstitutionConfiguration configuration = ConfigurationLoader.Load(context.Options, context.CancellationToken);
            IReadOnlyList<RuleDefinition> rules = configuration.RulesOfKind(RuleKind);
            if (rules.Count == 0)
            {
                return;
            }

            JudgementSchedule schedule = BuildHost.IsCommandLine(context.Options) ? JudgementSchedule.AtCompilationEnd() : JudgementSchedule.Immediate();
            var services = new EndpointServices(context.Compilation, schedule, context.CancellationToken);
            if (!services.Symbols.HasMinimalApis && !services.Symbols.HasMvc)
            {
                return;
            }

            EndpointRuleCheck[] checks = rules.Select(rule => CreateCheck(rule, services)).ToArray();
            if (services.Symbols.HasMinimalApis)
            {
                context.RegisterOperationAction(c => AnalyzeInvocation(c, services, checks), OperationKind.Invocation);
            }

            if (services.Symbols.HasMvc)
            {
                context.RegisterSymbolAction(c => AnalyzeType(c, services, checks), SymbolKind.NamedType);
            }

            if (services.FastEndpoints.IsPresent)
            {
                context.RegisterSymbolAction(c => AnalyzeFastEndpoint(c, services, checks), SymbolKind.NamedType);
            }

            RegisterMore(context, services, rules);
            System.Action<System.Action<Diagnostic>>? afterAll = AfterAllEndpoints(services, rules, checks);
            if (schedule.Recorded is RecordedOperations recorded)
            {
                recorded.RegisterOn(context, services.Index);
                context.RegisterCompilationEndAction(c =>
                {
                    schedule.RunDeferred(c.Compilation, c.ReportDiagnostic, c.CancellationToken);
                    afterAll?.Invoke(c.ReportDiagnostic);
                });
            }
            else if (afterAll != null)
            {
                // In the IDE every endpoint was judged by its own action, and those all run before the compilation's end.
                context.RegisterCompilationEndAction(c => afterAll(c.ReportDiagnostic));
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, EndpointServices services, EndpointRuleCheck[] checks)
        {
            var call = (IInvocationOperation)context.Operation;
            if (!call.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal))
            {
                return;
            }

            services.Schedule.Judge(report => Report(MinimalApiEndpoint.Discover(call, services.Symbols, services.Flow, services.Index.RazorPages), checks, report), context.ReportDiagnostic);
        }

        /// <summary>
        /// A controller's endpoints. Judging one needs the app's MapControllers() calls: asked for during the analysis, that
        /// bound all of Program.cs inside our callback while the other analyzer threads waited for it (at 5,000 endpoints,
        /// ~450 ms of the analyzers' ~1,400 ms), which is why command-line builds judge at the end (<see cref="JudgementSchedule"/>).
        /// </summary>
        private static void AnalyzeType(SymbolAnalysisContext context, EndpointServices services, EndpointRuleCheck[] checks)
        {
            if (services.EndpointsOfType((INamedTypeSymbol)context.Symbol) is IEnumerable<Endpoint> endpoints)
            {
                services.Schedule.Judge(report => Report(endpoints, checks, report), context.ReportDiagnostic);
            }
        }

        private static void AnalyzeFastEndpoint(SymbolAnalysisContext context, EndpointServices services, EndpointRuleCheck[] checks)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (services.FastEndpoints.IsEndpoint(type))
            {
                services.Schedule.Judge(report => Report(services.FastEndpoints.Endpoints(type), checks, report), context.ReportDiagnostic);
            }
        }

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

                    Diagnostic? diagnostic = check.Judge(endpoint);
                    if (diagnostic != null && reported.Add(endpoint.Location.SourceSpan.ToString() + "|" + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        report(diagnostic);
                    }
                }
            }
        }
    }
}
