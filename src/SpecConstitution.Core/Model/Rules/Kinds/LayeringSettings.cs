using System.Collections.Generic;

namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of a <c>layering</c> rule (SC1020), each key declared here once.</summary>
    public sealed class LayeringSettings
    {
        public const string FromKey = "from";
        public const string MustNotReferenceKey = "must-not-reference";

        internal static readonly OptionSpec[] Options = { OptionSpec.List(FromKey, required: true), OptionSpec.List(MustNotReferenceKey, required: true) };

        public LayeringSettings(RuleDefinition rule)
        {
            From = rule.GetList(FromKey);
            MustNotReference = rule.GetList(MustNotReferenceKey);
        }

        /// <summary>Namespace patterns the rule applies to.</summary>
        public IReadOnlyList<string> From { get; }

        /// <summary>Namespace patterns code in <see cref="From"/> may not reference.</summary>
        public IReadOnlyList<string> MustNotReference { get; }
    }
}
