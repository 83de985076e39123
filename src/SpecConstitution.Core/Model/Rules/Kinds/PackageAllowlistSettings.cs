using System.Collections.Generic;

namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of a <c>package-allowlist</c> rule (SC4002), each key declared here once.</summary>
    public sealed class PackageAllowlistSettings
    {
        public const string PackagesKey = "packages";

        internal static readonly OptionSpec[] Options = { OptionSpec.List(PackagesKey, required: true) };

        public PackageAllowlistSettings(RuleDefinition rule) => Packages = rule.GetList(PackagesKey);

        /// <summary>Package ID patterns a project may reference.</summary>
        public IReadOnlyList<string> Packages { get; }
    }
}
