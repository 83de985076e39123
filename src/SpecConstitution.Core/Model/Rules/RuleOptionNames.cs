
namespace SpecConstitution.Model.Rules{
    /// <summary>The option keys of the endpoint rule kinds, as users write them in constitution.rules.yml. Public contract.</summary>
    public static class RuleOptionNames
    {
        public const string ExcludeRoutes = "exclude-routes";
        public const string RequiredPolicy = "required-policy";
        public const string DefaultPolicy = "default-policy";
        public const string AllowDisable = "allow-disable";
        public const string GlobalLimiterSatisfies = "global-limiter-satisfies";
        public const string FallbackPolicySatisfies = "fallback-policy-satisfies";
        public const string Pattern = "pattern";
    }
}
