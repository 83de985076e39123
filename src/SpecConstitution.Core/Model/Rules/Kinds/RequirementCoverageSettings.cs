using System.Linq;

namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of a <c>requirement-coverage</c> rule (SC1040), each key declared here once.</summary>
    public sealed class RequirementCoverageSettings
    {
        /// <summary>What must cite each requirement: tests, code or both (tests when omitted).</summary>
        public const string RequireKey = "require";

        internal static readonly OptionSpec[] Options = { OptionSpec.List(RequireKey) };

        public RequirementCoverageSettings(RuleDefinition rule)
        {
            var require = rule.GetList(RequireKey);
            NeedTests = require.Count == 0 || require.Any(r => r == "tests" || r == "both");
            NeedCode = require.Any(r => r == "code" || r == "both");
        }

        public bool NeedTests { get; }

        public bool NeedCode { get; }
    }
}
