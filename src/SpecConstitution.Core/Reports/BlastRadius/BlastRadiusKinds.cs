using System.Collections.Generic;

namespace SpecConstitution.Reports.BlastRadius
{
    /// <summary>The kinds of change predicate.blastRadius.changes[] names, and those a person must approve by default.</summary>
    public static class BlastRadiusKinds
    {
        public const string EndpointAdded = "endpoint-added";
        public const string EndpointRemoved = "endpoint-removed";
        public const string AnonymousEndpointAdded = "anonymous-endpoint-added";
        public const string AuthorizationLoosened = "authorization-loosened";
        public const string RateLimitingLoosened = "rate-limiting-loosened";
        public const string ConstitutionChanged = "constitution-changed";
        public const string RulesChanged = "rules-changed";
        public const string FeatureChanged = "feature-changed";

        /// <summary>Not a change: what the checkpoint reports when the blast radius is unknown and unknown counts as risky.</summary>
        public const string Unknown = "unknown";

        public static IReadOnlyList<string> All { get; } = new[]
        {
            AnonymousEndpointAdded, AuthorizationLoosened, ConstitutionChanged, EndpointAdded, EndpointRemoved, FeatureChanged, RateLimitingLoosened, RulesChanged,
        };

        /// <summary><c>deploy-gates: human-checkpoint:</c> when the rules file does not say.</summary>
        public static IReadOnlyList<string> DefaultCheckpoint { get; } = new[]
        {
            // Sorted, as the rules file's list is read: the manifest records the kinds in one order.
            AnonymousEndpointAdded, AuthorizationLoosened, ConstitutionChanged, RateLimitingLoosened,
        };
    }
}
