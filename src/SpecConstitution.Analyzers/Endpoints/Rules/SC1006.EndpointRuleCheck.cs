using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Matching;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>One rule of the rules file, ready to judge endpoints and report what it finds.</summary>
    internal abstract class EndpointRuleCheck
    {
        public static readonly DiagnosticDescriptor NotJudgedDescriptor = Descriptors.Of(DiagnosticCatalog.EndpointNotJudged);

        public static readonly DiagnosticDescriptor LibraryOutOfSightDescriptor = Descriptors.Of(DiagnosticCatalog.LibraryEndpointsOutOfSight);

        private readonly DiagnosticDescriptor _descriptor;
        private readonly System.Lazy<ImmutableDictionary<string, string?>> _properties;

        /// <param name="policy">
        /// The policy a code fix would add. Asked only when a diagnostic is reported: finding the app's registered
        /// policies binds the file that registers them, which compliant code should never pay for.
        /// </param>
        protected EndpointRuleCheck(RuleDefinition rule, DiagnosticDescriptor descriptor, System.Func<string?> policy)
        {
            Rule = rule;
            _descriptor = descriptor;
            string? principle = rule.Principle;
            PrincipleSuffix = string.IsNullOrWhiteSpace(principle) ? string.Empty : ", principle '" + principle + "'";
            _properties = new System.Lazy<ImmutableDictionary<string, string?>>(() => ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.RuleId, rule.Id)
                .Add(EndpointRuleAnalyzer.PolicyProperty, policy()));
        }

        public RuleDefinition Rule { get; }

        /// <summary>", principle '...'" or empty: every message says which rule and principle it enforces.</summary>
        protected string PrincipleSuffix { get; }

        /// <summary>
        /// The diagnostic for this endpoint, or null when it complies. An endpoint the analysis could not follow to its
        /// end (see <see cref="BuilderPath.Incomplete"/>) is not judged on a guess: it gets SC1006 saying why.
        /// </summary>
        public Diagnostic? Judge(Endpoint endpoint) =>
            endpoint.Path?.Incomplete is string reason ? NotJudged(endpoint, reason) : JudgeWhole(endpoint);

        /// <summary>Judges an endpoint whose builder was followed all the way back: null when it complies.</summary>
        protected abstract Diagnostic? JudgeWhole(Endpoint endpoint);

        /// <summary>The diagnostic for a requirement's answer: met, not met (<paramref name="violation"/>), or unknown (SC1006).</summary>
        protected Diagnostic? FromVerdict(Endpoint endpoint, bool? met, System.Func<object[]> violation) => met switch
        {
            true => null,
            false when endpoint.LibraryMapping != null => LibraryOutOfSight(endpoint),
            false => CreateDiagnostic(endpoint, violation()),
            _ => NotJudged(endpoint, ConventionFlow.SearchExhausted),
        };

        protected Diagnostic NotJudged(Endpoint endpoint, string reason) => Diagnostic.Create(
            NotJudgedDescriptor, endpoint.Location, Descriptors.ToRoslyn(Rule.Severity), null,
            _properties.Value.Add(EndpointRuleAnalyzer.EndpointKindProperty, endpoint.Kind.ToString()),
            endpoint.DisplayName, Rule.Id, PrincipleSuffix, reason);

        /// <summary>What the rule requires of each endpoint, as SC1007 says it ("makes them rate limited").</summary>
        protected virtual string Requirement => "meets it";

        /// <summary>SC1007: a library maps endpoints out of sight and nothing applied to the builder it returns meets the rule.</summary>
        private Diagnostic LibraryOutOfSight(Endpoint endpoint) => Diagnostic.Create(
            LibraryOutOfSightDescriptor, endpoint.Location, Descriptors.ToRoslyn(Rule.Severity), null,
            _properties.Value.Add(EndpointRuleAnalyzer.EndpointKindProperty, endpoint.Kind.ToString()),
            endpoint.LibraryMapping!, Requirement, Rule.Id, PrincipleSuffix, endpoint.Route);

        public bool IsExcluded(Endpoint endpoint) => Glob.IsMatchAny(Rule.GetList(EndpointRuleSettings.ExcludeRoutesKey), endpoint.Route);

        /// <param name="arguments">The arguments of the rule's catalog message format.</param>
        public Diagnostic CreateDiagnostic(Endpoint endpoint, params object[] arguments) => Diagnostic.Create(
            _descriptor, endpoint.Location, Descriptors.ToRoslyn(Rule.Severity), null,
            _properties.Value.Add(EndpointRuleAnalyzer.EndpointKindProperty, endpoint.Kind.ToString()), arguments);
    }
}
