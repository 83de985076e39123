using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Diagnostics;
using SpecConstitution.Matching;
using SpecConstitution.Rules;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// SC1001: every HTTP endpoint (minimal API <c>Map*</c> or controller action) is rate limited, as the
    /// constitution's <c>endpoint-rate-limiting</c> rules require. No such rule, no diagnostic.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointRateLimitingAnalyzer : DiagnosticAnalyzer
    {
        public const string RuleIdProperty = "RuleId";
        public const string PolicyProperty = "Policy";
        public const string EndpointKindProperty = "EndpointKind";

        private static readonly DiagnosticDescriptor Descriptor = Descriptors.SC1001;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            ConstitutionConfiguration configuration = ConfigurationLoader.Load(context.Options, context.CancellationToken);
            IReadOnlyList<RuleDefinition> rules = configuration.RulesOfKind(RuleKinds.EndpointRateLimiting);
            if (rules.Count == 0)
            {
                return;
            }

            var symbols = AspNetCoreSymbols.Create(context.Compilation);
            var checks = rules.Select(rule => new RuleCheck(rule, configuration, new RateLimitingConventions(symbols, rule))).ToArray();

            if (symbols.HasMinimalApis)
            {
                context.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, checks), OperationKind.Invocation);
            }

            if (symbols.HasMvc)
            {
                var model = new ControllerModel(symbols);
                var mappings = new ControllerMappingIndex(context.Compilation, symbols, context.CancellationToken);
                context.RegisterSymbolAction(c => AnalyzeController(c, model, mappings, checks), SymbolKind.NamedType);
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, AspNetCoreSymbols symbols, RuleCheck[] checks)
        {
            var call = (IInvocationOperation)context.Operation;
            MinimalApiEndpoint? endpoint = MinimalApiEndpoint.TryCreate(call, symbols);
            if (endpoint == null)
            {
                return;
            }

            foreach (RuleCheck check in checks)
            {
                if (check.IsExcluded(endpoint.Route) || check.Conventions.Flow.IsApplied(call))
                {
                    continue;
                }

                context.ReportDiagnostic(check.CreateDiagnostic(endpoint.Location, endpoint.DisplayName, "MinimalApi"));
            }
        }

        private static void AnalyzeController(SymbolAnalysisContext context, ControllerModel model, ControllerMappingIndex mappings, RuleCheck[] checks)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!model.IsController(type))
            {
                return;
            }

            foreach (RuleCheck check in checks)
            {
                if (check.Conventions.IsMarkedInHierarchy(type, model) || mappings.AllMappingsApply(check.Conventions.Flow))
                {
                    continue;
                }

                foreach (IMethodSymbol action in model.Actions(type))
                {
                    string route = model.Route(type, action);
                    if (check.IsExcluded(route) || check.Conventions.IsMarked(action, model))
                    {
                        continue;
                    }

                    string verb = model.Verb(action);
                    string display = verb.Length > 0 ? verb + " " + route : route;
                    foreach (Location location in action.Locations.Where(l => l.IsInSource))
                    {
                        context.ReportDiagnostic(check.CreateDiagnostic(location, display, "ControllerAction"));
                    }
                }
            }
        }

        /// <summary>One endpoint-rate-limiting rule, ready to test endpoints and report.</summary>
        private sealed class RuleCheck
        {
            private readonly ImmutableDictionary<string, string?> _properties;

            public RuleCheck(RuleDefinition rule, ConstitutionConfiguration configuration, RateLimitingConventions conventions)
            {
                Rule = rule;
                Conventions = conventions;
                string? principle = rule.Principle;
                PrincipleSuffix = string.IsNullOrWhiteSpace(principle) ? string.Empty : ", principle '" + principle + "'";
                _properties = ImmutableDictionary<string, string?>.Empty
                    .Add(RuleIdProperty, rule.Id)
                    .Add(PolicyProperty, rule.GetString("required-policy") ?? rule.GetString("default-policy"));
            }

            public RuleDefinition Rule { get; }

            public RateLimitingConventions Conventions { get; }

            private string PrincipleSuffix { get; }

            public bool IsExcluded(string route) => Glob.IsMatchAny(Rule.GetList("exclude-routes"), route);

            public Diagnostic CreateDiagnostic(Location location, string endpoint, string kind) => Diagnostic.Create(
                Descriptor, location, Descriptors.ToRoslyn(Rule.Severity), null, _properties.Add(EndpointKindProperty, kind),
                string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticCatalog.EndpointNotRateLimited.MessageFormat, endpoint, Rule.Id, PrincipleSuffix));
        }
    }
}
