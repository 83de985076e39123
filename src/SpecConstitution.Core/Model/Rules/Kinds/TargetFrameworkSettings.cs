using System.Collections.Generic;

namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of a <c>target-framework</c> rule (SC4001), each key declared here once.</summary>
    public sealed class TargetFrameworkSettings
    {
        public const string AllowedKey = "allowed";

        internal static readonly OptionSpec[] Options = { OptionSpec.List(AllowedKey, required: true) };

        public TargetFrameworkSettings(RuleDefinition rule) => Allowed = rule.GetList(AllowedKey);

        /// <summary>Target framework patterns a project may use.</summary>
        public IReadOnlyList<string> Allowed { get; }
    }
}
