namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of an <c>endpoint-authorization</c> rule (SC1002), each key declared here once.</summary>
    public sealed class EndpointAuthorizationSettings : EndpointRuleSettings
    {
        public const string FallbackPolicySatisfiesKey = "fallback-policy-satisfies";

        internal static readonly OptionSpec[] Options = { OptionSpec.List(ExcludeRoutesKey), OptionSpec.Boolean(FallbackPolicySatisfiesKey) };

        public EndpointAuthorizationSettings(RuleDefinition rule)
            : base(rule)
        {
            FallbackPolicySatisfies = rule.GetBoolean(FallbackPolicySatisfiesKey, false);
        }

        /// <summary>Whether a registered fallback authorization policy states authorization for every endpoint.</summary>
        public bool FallbackPolicySatisfies { get; }
    }
}
