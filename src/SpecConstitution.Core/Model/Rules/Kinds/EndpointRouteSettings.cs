namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of an <c>endpoint-route</c> rule (SC1004), each key declared here once.</summary>
    public sealed class EndpointRouteSettings : EndpointRuleSettings
    {
        public const string PatternKey = "pattern";

        internal static readonly OptionSpec[] Options = { OptionSpec.Scalar(PatternKey, required: true), OptionSpec.List(ExcludeRoutesKey) };

        public EndpointRouteSettings(RuleDefinition rule)
            : base(rule)
        {
            Pattern = rule.GetString(PatternKey) ?? string.Empty;
        }

        /// <summary>The regular expression every route must match (validated by the rules file parser, SC3004).</summary>
        public string Pattern { get; }
    }
}
