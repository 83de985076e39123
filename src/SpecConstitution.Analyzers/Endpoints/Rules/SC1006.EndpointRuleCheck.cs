using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Infrastructure.Matching;
using SpecConstitution.Model.Rules;
namespace SpecConstitution.Analyzers.Endpoints.Rules{
    /// <summary>One rule of the rules file, ready to judge endpoints and report what it finds.</summary>
    internal abstract class EndpointRuleCheck
    {
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
                .Add(EndpointRuleAnalyzer.RuleIdProperty, rule.Id)
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
        protected Diagnostic? FromVerdict(Endpoint endpoint, bool? met, System.Func<string> violation) => met switch
        {
            true => null,
            false => CreateDiagnostic(endpoint, violation()),
            _ => NotJudged(endpoint, ConventionFlow.SearchExhausted),
        };

        protected Diagnostic NotJudged(Endpoint endpoint, string reason) => Diagnostic.Create(
            Descriptors.SC1006, endpoint.Location, Descriptors.ToRoslyn(Rule.Severity), null,
            _properties.Value.Add(EndpointRuleAnalyzer.EndpointKindProperty, endpoint.Kind.ToString()),
            Format(SpecConstitution.Diagnostics.DiagnosticCatalog.EndpointNotJudged.MessageFormat, endpoint.DisplayName, Rule.Id, PrincipleSuffix, reason));

        public bool IsExcluded(Endpoint endpoint) => Glob.IsMatchAny(Rule.GetList(RuleOptionNames.ExcludeRoutes), endpoint.Route);

        public Diagnostic CreateDiagnostic(Endpoint endpoint, string message) => Diagnostic.Create(
            _descriptor, endpoint.Location, Descriptors.ToRoslyn(Rule.Severity), null,
            _properties.Value.Add(EndpointRuleAnalyzer.EndpointKindProperty, endpoint.Kind.ToString()), message);

        protected static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
