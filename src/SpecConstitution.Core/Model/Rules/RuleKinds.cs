using System.Collections.Generic;
using SpecConstitution.Model.Rules.Kinds;

namespace SpecConstitution.Model.Rules
{
    /// <summary>
    /// The rule kinds of constitution.rules.yml and the keys each accepts. Names are a public contract. Each kind's keys
    /// are declared once, in its settings class (Kinds/*Settings.cs), which also reads them into typed values.
    /// </summary>
    public static class RuleKinds
    {
        public const string EndpointRateLimiting = "endpoint-rate-limiting";
        public const string EndpointAuthorization = "endpoint-authorization";
        public const string EndpointRoute = "endpoint-route";
        public const string BannedApi = "banned-api";
        public const string Layering = "layering";
        public const string TargetFramework = "target-framework";
        public const string PackageAllowlist = "package-allowlist";
        public const string RequirementCoverage = "requirement-coverage";

        /// <summary>Keys every rule may have.</summary>
        public static readonly IReadOnlyCollection<string> CommonKeys = new[] { RuleKeys.Id, RuleKeys.Kind, RuleKeys.Severity, RuleKeys.Principle, RuleKeys.Description, RuleKeys.Message };

        /// <summary>Kind → the option keys it accepts, and which of them are lists, booleans or required.</summary>
        public static readonly IReadOnlyDictionary<string, IReadOnlyList<OptionSpec>> Options = new Dictionary<string, IReadOnlyList<OptionSpec>>
        {
            [EndpointRateLimiting] = EndpointRateLimitingSettings.Options,
            [EndpointAuthorization] = EndpointAuthorizationSettings.Options,
            [EndpointRoute] = EndpointRouteSettings.Options,
            [BannedApi] = BannedApiSettings.Options,
            [Layering] = LayeringSettings.Options,
            [TargetFramework] = TargetFrameworkSettings.Options,
            [PackageAllowlist] = PackageAllowlistSettings.Options,
            [RequirementCoverage] = RequirementCoverageSettings.Options,
        };
    }

    public enum OptionShape
    {
        Scalar,
        List,
        Boolean,
    }

    public sealed class OptionSpec
    {
        private OptionSpec(string key, OptionShape shape, bool required)
        {
            Key = key;
            Shape = shape;
            Required = required;
        }

        public string Key { get; }

        public OptionShape Shape { get; }

        public bool Required { get; }

        public static OptionSpec Scalar(string key, bool required = false) => new OptionSpec(key, OptionShape.Scalar, required);

        /// <summary>A list; a single scalar is accepted as a one-item list.</summary>
        public static OptionSpec List(string key, bool required = false) => new OptionSpec(key, OptionShape.List, required);

        public static OptionSpec Boolean(string key) => new OptionSpec(key, OptionShape.Boolean, false);
    }
}
