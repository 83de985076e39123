using SpecConstitution.Checks.Projects;
using SpecConstitution.Model.Rules;
namespace SpecConstitution.Analyzers.CodeRules.Layering
{
    /// <summary>A <c>layering</c> rule with its namespace globs ready to match.</summary>
    internal sealed class LayeringRule
    {
        public LayeringRule(RuleDefinition definition)
        {
            Definition = definition;
            From = new NamespacePatterns(definition.GetList(CodeRuleKeys.From));
            MustNotReference = new NamespacePatterns(definition.GetList(CodeRuleKeys.MustNotReference));
        }

        public RuleDefinition Definition { get; }

        /// <summary>Namespaces of the code being checked.</summary>
        public NamespacePatterns From { get; }

        /// <summary>Namespaces that code may not use.</summary>
        public NamespacePatterns MustNotReference { get; }
    }
}
