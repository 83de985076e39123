namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of an <c>endpoint-rate-limiting</c> rule (SC1001, SC1003, SC1005), each key declared here once.</summary>
    public sealed class EndpointRateLimitingSettings : EndpointRuleSettings
    {
        public const string RequiredPolicyKey = "required-policy";
        public const string DefaultPolicyKey = "default-policy";
        public const string AllowDisableKey = "allow-disable";
        public const string GlobalLimiterSatisfiesKey = "global-limiter-satisfies";

        internal static readonly OptionSpec[] Options =
        {
            OptionSpec.List(ExcludeRoutesKey), OptionSpec.Scalar(RequiredPolicyKey), OptionSpec.Scalar(DefaultPolicyKey),
            OptionSpec.Boolean(AllowDisableKey), OptionSpec.Boolean(GlobalLimiterSatisfiesKey),
        };

        public EndpointRateLimitingSettings(RuleDefinition rule)
            : base(rule)
        {
            RequiredPolicy = rule.GetString(RequiredPolicyKey);
            DefaultPolicy = rule.GetString(DefaultPolicyKey);
            AllowDisable = rule.GetBoolean(AllowDisableKey, false);
            GlobalLimiterSatisfies = rule.GetBoolean(GlobalLimiterSatisfiesKey, false);
        }

        /// <summary>The one policy that satisfies the rule, or null for any policy.</summary>
        public string? RequiredPolicy { get; }

        /// <summary>The policy a code fix adds when none is required.</summary>
        public string? DefaultPolicy { get; }

        /// <summary>Whether [DisableRateLimiting] counts as a stated decision.</summary>
        public bool AllowDisable { get; }

        /// <summary>Whether a global limiter covers every endpoint.</summary>
        public bool GlobalLimiterSatisfies { get; }
    }
}
