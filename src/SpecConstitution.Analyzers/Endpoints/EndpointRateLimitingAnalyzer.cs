using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Diagnostics;
using SpecConstitution.Rules;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// SC1001: every endpoint is rate limited, as the constitution's <c>endpoint-rate-limiting</c> rules require.
    /// SC1003: a policy named by [EnableRateLimiting("x")] or .RequireRateLimiting("x") is registered.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointRateLimitingAnalyzer : EndpointRuleAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SC1001, Descriptors.SC1003, Descriptors.SC1005);

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

        /// <summary>The policy a fix should add: the rule's required or default policy, else the app's only registered one.</summary>
        internal static string? PolicyFor(RuleDefinition rule, EndpointServices services) =>
            rule.GetString(RuleOptionNames.RequiredPolicy) ?? rule.GetString(RuleOptionNames.DefaultPolicy) ?? services.Index.RateLimiterPolicies.OnlyPolicy;

        private sealed class Check : EndpointRuleCheck
        {
            private readonly RateLimitingRequirement _requirement;

            public Check(RuleDefinition rule, EndpointServices services)
                : base(rule, Descriptors.SC1001, () => PolicyFor(rule, services))
            {
                _requirement = new RateLimitingRequirement(services, rule);
            }

            // Asks the requirement once: met, not met, or not known within the search's steps (SC1005).
            protected override Diagnostic? JudgeWhole(Endpoint endpoint) => FromVerdict(endpoint, _requirement.IsMet(endpoint), () => Message(endpoint));

            private string Message(Endpoint endpoint) => Format(DiagnosticCatalog.EndpointNotRateLimited.MessageFormat, endpoint.DisplayName, Rule.Id, PrincipleSuffix);
        }

        /// <summary>SC1003, judged only when the app registers policies and every registered name is a constant.</summary>
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
                        attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not string name)
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
                if (!registered.CanJudge || registered.Names.Contains(name))
                {
                    return;
                }

                string principle = string.IsNullOrWhiteSpace(_rule.Principle) ? string.Empty : ", principle '" + _rule.Principle + "'";
                string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticCatalog.RateLimitingPolicyNotRegistered.MessageFormat,
                    name, string.Join(", ", registered.Names.Select(n => "'" + n + "'")), _rule.Id, principle);
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(RuleIdProperty, _rule.Id);
                report(Diagnostic.Create(Descriptors.SC1003, location, Descriptors.ToRoslyn(_rule.Severity), null, properties, message));
            }
        }
    }
}
