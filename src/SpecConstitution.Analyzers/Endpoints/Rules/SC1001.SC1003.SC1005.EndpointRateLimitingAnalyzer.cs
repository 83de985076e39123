using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// SC1001: every endpoint is rate limited, as the constitution's <c>endpoint-rate-limiting</c> rules require.
    /// SC1003: a policy named by [EnableRateLimiting("x")] or .RequireRateLimiting("x") is registered.
    /// SC1005: the app's pipeline runs the rate limiting middleware where it sees endpoints (<see cref="RateLimiterPipeline"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointRateLimitingAnalyzer : EndpointRuleAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(NotRateLimited, PolicyNotRegistered, MiddlewareNotRunning, EndpointRuleCheck.NotJudgedDescriptor, EndpointRuleCheck.LibraryOutOfSightDescriptor);

        private static readonly DiagnosticDescriptor NotRateLimited = Descriptors.Of(DiagnosticCatalog.EndpointNotRateLimited);
        private static readonly DiagnosticDescriptor PolicyNotRegistered = Descriptors.Of(DiagnosticCatalog.RateLimitingPolicyNotRegistered);
        private static readonly DiagnosticDescriptor MiddlewareNotRunning = Descriptors.Of(DiagnosticCatalog.RateLimiterMiddlewareNotRunning);

        internal override string RuleKind => RuleKinds.EndpointRateLimiting;

        internal override EndpointRuleCheck CreateCheck(RuleDefinition rule, EndpointServices services) => new Check(rule, services);

        internal override void RegisterMore(CompilationStartAnalysisContext context, EndpointServices services, IReadOnlyList<RuleDefinition> rules)
        {
            // A policy name is judged against the registered ones, which a command-line build knows only at the end.
            var policies = new PolicyNameCheck(services, rules[0]);
            JudgementSchedule schedule = services.Schedule;
            context.RegisterOperationAction(
                c =>
                {
                    var call = (IInvocationOperation)c.Operation;
                    if (policies.MayNamePolicy(call))
                    {
                        schedule.Judge(report => policies.AnalyzeInvocation(call, report), c.ReportDiagnostic);
                    }
                },
                OperationKind.Invocation);
            context.RegisterSymbolAction(c => JudgeAttributes(c.Symbol, c.ReportDiagnostic, c.CancellationToken), SymbolKind.Method, SymbolKind.NamedType);
            context.RegisterOperationAction(
                c => JudgeAttributes(((IAnonymousFunctionOperation)c.Operation).Symbol, c.ReportDiagnostic, c.CancellationToken),
                OperationKind.AnonymousFunction);

            void JudgeAttributes(ISymbol symbol, System.Action<Diagnostic> reportNow, System.Threading.CancellationToken cancellationToken)
            {
                if (policies.MayNamePolicy(symbol))
                {
                    schedule.Judge(report => policies.AnalyzeAttributes(symbol, report, cancellationToken), reportNow);
                }
            }
        }

        /// <summary>
        /// The policies a fix may name, one a line: the rule's required or default policy when registered, else every
        /// registered policy. Empty when none is (no fix: naming an unregistered policy limits nothing at run time);
        /// null when registrations cannot be read (a placeholder is offered for renaming).
        /// </summary>
        internal static string? PoliciesFor(RuleDefinition rule, EndpointServices services)
        {
            var settings = new EndpointRateLimitingSettings(rule);
            string? configured = settings.RequiredPolicy ?? settings.DefaultPolicy;
            RegisteredPolicies registered = services.Index.RateLimiterPolicies;
            // Stricter than SC1003: even in a library whose host may register policies, the fix names only what it sees registered.
            if (!registered.CanJudge)
            {
                return configured;
            }

            if (configured != null && registered.IsRegistered(configured))
            {
                return configured;
            }

            // Only the required policy satisfies the rule: until it is registered, no fix can.
            return settings.RequiredPolicy != null ? string.Empty : string.Join("\n", registered.Names);
        }

        /// <summary>
        /// Whether a policy name can be called unregistered: every registration is read, and either some are made here or
        /// this compilation builds the app. A library of endpoint modules that registers nothing is registered for by the
        /// host app that maps it, which this compilation cannot see.
        /// </summary>
        private static bool CanJudgePolicyNames(EndpointServices services) =>
            services.Index.RateLimiterPolicies.CanJudge &&
            (services.Index.RateLimiterPolicies.Names.Count > 0 || services.Index.RateLimiterPipeline.Middleware != RateLimiterMiddleware.NoPipeline);

        internal override System.Action<System.Action<Diagnostic>>? AfterAllEndpoints(EndpointServices services, IReadOnlyList<RuleDefinition> rules, EndpointRuleCheck[] checks) =>
            report => JudgePipeline(services, rules[0], checks, report);

        /// <summary>SC1005, once per compilation: only for an app that maps an endpoint some rule wants limited.</summary>
        private static void JudgePipeline(EndpointServices services, RuleDefinition rule, EndpointRuleCheck[] checks, System.Action<Diagnostic> report)
        {
            if (!checks.Any(check => ((Check)check).SawEndpoint))
            {
                return;
            }

            RateLimiterPipeline pipeline = services.Index.RateLimiterPipeline;
            string? problem = pipeline.Middleware switch
            {
                RateLimiterMiddleware.Missing => "its pipeline never calls UseRateLimiter()",
                RateLimiterMiddleware.BeforeRouting => "UseRateLimiter() runs before UseRouting(), where no endpoint is selected yet",
                _ => null,
            };
            if (problem == null || pipeline.Location == null)
            {
                return;
            }

            string principle = string.IsNullOrWhiteSpace(rule.Principle) ? string.Empty : ", principle '" + rule.Principle + "'";
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.RuleId, rule.Id);
            report(Diagnostic.Create(MiddlewareNotRunning, pipeline.Location, Descriptors.ToRoslyn(rule.Severity), null, properties, problem, rule.Id, principle));
        }

        private sealed class Check : EndpointRuleCheck
        {
            private readonly RateLimitingRequirement _requirement;
            private volatile bool _sawEndpoint;

            public Check(RuleDefinition rule, EndpointServices services)
                : base(rule, NotRateLimited, () => PoliciesFor(rule, services))
            {
                _requirement = new RateLimitingRequirement(services, rule);
            }

            /// <summary>Some endpoint this rule does not exclude was judged: the app needs the middleware (SC1005).</summary>
            public bool SawEndpoint => _sawEndpoint;

            protected override string Requirement => "makes them rate limited";

            // Asks the requirement once: met, not met, or not known within the search's steps (SC1006).
            protected override Diagnostic? JudgeWhole(Endpoint endpoint)
            {
                _sawEndpoint = true;
                return FromVerdict(endpoint, _requirement.IsMet(endpoint), () => new object[] { endpoint.DisplayName, Rule.Id, PrincipleSuffix + _requirement.WhyNotMet(endpoint) });
            }
        }

        /// <summary>SC1003, judged when every registration can be read (constant names, no library of the app's own that may register more).</summary>
        private sealed class PolicyNameCheck
        {
            private readonly EndpointServices _services;
            private readonly RuleDefinition _rule;

            public PolicyNameCheck(EndpointServices services, RuleDefinition rule)
            {
                _services = services;
                _rule = rule;
            }

            /// <summary>A <c>RequireRateLimiting(…)</c> call: worth judging (queueing, on the command line).</summary>
            public bool MayNamePolicy(IInvocationOperation call) =>
                call.TargetMethod.Name == "RequireRateLimiting" &&
                AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, _services.Symbols.RateLimiterConventionExtensions);

            /// <summary>A symbol with an <c>[EnableRateLimiting]</c> attribute: worth judging.</summary>
            public bool MayNamePolicy(ISymbol symbol) =>
                // A partial method's two parts share their attributes: the definition part answers for both.
                !(symbol is IMethodSymbol { PartialDefinitionPart: not null }) &&
                // A partial method's attributes are those of both its parts.
                PartialParts.Declarations(symbol).Any(reference => MayHaveAttributes(reference.GetSyntax())) &&
                symbol.GetAttributes().Any(attribute => AspNetCoreSymbols.IsOrDerives(attribute.AttributeClass, _services.Symbols.EnableRateLimitingAttribute));

            // Asking every method, type and lambda for its attributes bound them all (at 1,000 endpoints a fifth of the
            // analyzers' time); most declare none, which their syntax shows. Declarations of other shapes are asked.
            private static bool MayHaveAttributes(SyntaxNode declaration) => declaration switch
            {
                MemberDeclarationSyntax member => member.AttributeLists.Count > 0,
                LocalFunctionStatementSyntax local => local.AttributeLists.Count > 0,
                LambdaExpressionSyntax lambda => lambda.AttributeLists.Count > 0,
                AnonymousMethodExpressionSyntax => false,
                _ => true,
            };

            public void AnalyzeInvocation(IInvocationOperation call, System.Action<Diagnostic> report)
            {
                IArgumentOperation? argument = RouteArguments.Find(call, "policyName");
                string? name = RouteArguments.Constant(argument?.Value);
                if (argument != null && name != null)
                {
                    ReportIfUnknown(name, argument.Value.Syntax.GetLocation(), report);
                }
            }

            /// <summary>[EnableRateLimiting("x")] on a controller, an action, a handler method or a handler lambda.</summary>
            public void AnalyzeAttributes(ISymbol symbol, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
            {
                foreach (AttributeData attribute in symbol.GetAttributes())
                {
                    if (!AspNetCoreSymbols.IsOrDerives(attribute.AttributeClass, _services.Symbols.EnableRateLimitingAttribute) ||
                        AttributeArguments.FirstString(attribute) is not string name)
                    {
                        continue;
                    }

                    SyntaxNode? syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken);
                    SyntaxNode? argument = (syntax as Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault();
                    if (argument != null)
                    {
                        ReportIfUnknown(name, argument.GetLocation(), report);
                    }
                }
            }

            private void ReportIfUnknown(string name, Location location, System.Action<Diagnostic> report)
            {
                RegisteredPolicies registered = _services.Index.RateLimiterPolicies;
                if (!CanJudgePolicyNames(_services) || registered.Names.Contains(name))
                {
                    return;
                }

                string principle = string.IsNullOrWhiteSpace(_rule.Principle) ? string.Empty : ", principle '" + _rule.Principle + "'";
                string known = registered.Names.Count == 0 ? "none" : string.Join(", ", registered.Names.Select(n => "'" + n + "'"));
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.RuleId, _rule.Id);
                report(Diagnostic.Create(PolicyNotRegistered, location, Descriptors.ToRoslyn(_rule.Severity), null, properties, name, known, _rule.Id, principle));
            }
        }
    }
}
