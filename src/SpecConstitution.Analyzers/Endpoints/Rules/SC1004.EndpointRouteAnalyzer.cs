using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Matching;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// SC1004: every endpoint's full route matches the <c>pattern</c> of the <c>endpoint-route</c> rules.
    /// A route the pattern cannot judge in time is SC1006, never a silent pass (<see cref="RoutePattern"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointRouteAnalyzer : EndpointRuleAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RouteDoesNotMatch, EndpointRuleCheck.NotJudgedDescriptor);

        private static readonly DiagnosticDescriptor RouteDoesNotMatch = Descriptors.Of(DiagnosticCatalog.EndpointRouteDoesNotMatch);

        internal override string RuleKind => RuleKinds.EndpointRoute;

        internal override EndpointRuleCheck CreateCheck(RuleDefinition rule, EndpointServices services) => new Check(rule);

        private sealed class Check : EndpointRuleCheck
        {
            private readonly RoutePattern? _pattern;

            public Check(RuleDefinition rule)
                : base(rule, RouteDoesNotMatch, () => null)
            {
                try
                {
                    _pattern = new RoutePattern(new EndpointRouteSettings(rule).Pattern);
                }
                catch (ArgumentException)
                {
                    // The rules file parser already reported the bad pattern (SC3004).
                    _pattern = null;
                }
            }

            protected override Diagnostic? JudgeWhole(Endpoint endpoint)
            {
                // A route with a part computed at run time cannot be judged: no guess, no false report.
                if (_pattern == null || !endpoint.RouteIsKnown)
                {
                    return null;
                }

                switch (_pattern.Match(endpoint.Route))
                {
                    case PatternVerdict.Matches:
                        return null;
                    case PatternVerdict.DoesNotMatch:
                        return CreateDiagnostic(endpoint, endpoint.DisplayName, endpoint.Route, _pattern.Text, Rule.Id, PrincipleSuffix);
                    default:
                        return NotJudged(endpoint, $"its pattern '{_pattern.Text}' took longer than {RoutePattern.MatchTimeout.TotalSeconds:0.#} s on route '{_pattern.RetiredOn}' (it backtracks catastrophically) and is no longer used; simplify it");
                }
            }
        }
    }
}
