using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Diagnostics;
using SpecConstitution.Rules;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>SC1004: every endpoint's full route matches the <c>pattern</c> of the <c>endpoint-route</c> rules.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointRouteAnalyzer : EndpointRuleAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SC1004);

        internal override string RuleKind => RuleKinds.EndpointRoute;

        internal override EndpointRuleCheck CreateCheck(RuleDefinition rule, EndpointServices services) => new Check(rule);

        private sealed class Check : EndpointRuleCheck
        {
            private readonly Regex? _pattern;
            private readonly string _patternText;

            public Check(RuleDefinition rule)
                : base(rule, Descriptors.SC1004, () => null)
            {
                _patternText = rule.GetString(RuleOptionNames.Pattern) ?? string.Empty;
                try
                {
                    _pattern = new Regex(_patternText, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
                }
                catch (ArgumentException)
                {
                    // The rules file parser already reported the bad pattern (SC3004).
                    _pattern = null;
                }
            }

            public override string? Violation(Endpoint endpoint)
            {
                // A route with a part computed at run time cannot be judged: no guess, no false report.
                if (_pattern == null || !endpoint.RouteIsKnown)
                {
                    return null;
                }

                try
                {
                    if (_pattern.IsMatch(endpoint.Route))
                    {
                        return null;
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    return null;
                }

                return Format(DiagnosticCatalog.EndpointRouteDoesNotMatch.MessageFormat, endpoint.DisplayName, endpoint.Route, _patternText, Rule.Id, PrincipleSuffix);
            }
        }
    }
}
