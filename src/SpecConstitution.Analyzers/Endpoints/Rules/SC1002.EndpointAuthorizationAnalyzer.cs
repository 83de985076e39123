using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>SC1002: every endpoint states its authorization, as <c>endpoint-authorization</c> rules require.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointAuthorizationAnalyzer : EndpointRuleAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(AuthorizationNotStated, EndpointRuleCheck.NotJudgedDescriptor, EndpointRuleCheck.LibraryOutOfSightDescriptor);

        private static readonly DiagnosticDescriptor AuthorizationNotStated = Descriptors.Of(DiagnosticCatalog.EndpointAuthorizationNotStated);

        internal override string RuleKind => RuleKinds.EndpointAuthorization;

        internal override EndpointRuleCheck CreateCheck(RuleDefinition rule, EndpointServices services) => new Check(rule, services);

        private sealed class Check : EndpointRuleCheck
        {
            private readonly AuthorizationRequirement _requirement;

            public Check(RuleDefinition rule, EndpointServices services)
                : base(rule, AuthorizationNotStated, () => null)
            {
                _requirement = new AuthorizationRequirement(services, rule);
            }

            protected override string Requirement => "makes them state their authorization";

            // Asks the requirement once: met, not met, or not known within the search's steps (SC1006).
            protected override Diagnostic? JudgeWhole(Endpoint endpoint) => FromVerdict(endpoint, _requirement.IsMet(endpoint), () => new object[] { endpoint.DisplayName, Rule.Id, PrincipleSuffix + _requirement.WhyNotMet(endpoint) });
        }
    }
}
