using System.Collections.Generic;

namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>What every endpoint rule kind accepts: the routes it leaves alone.</summary>
    public abstract class EndpointRuleSettings
    {
        /// <summary>Glob patterns of routes the rule does not judge.</summary>
        public const string ExcludeRoutesKey = "exclude-routes";

        protected EndpointRuleSettings(RuleDefinition rule)
        {
            ExcludeRoutes = rule.GetList(ExcludeRoutesKey);
        }

        public IReadOnlyList<string> ExcludeRoutes { get; }
    }
}
