using SpecConstitution.Checks.Projects;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;

namespace SpecConstitution.Analyzers.CodeRules.Layering
{
    /// <summary>A <c>layering</c> rule with its namespace globs ready to match.</summary>
    internal sealed class LayeringRule
    {
        public LayeringRule(RuleDefinition definition)
        {
            Definition = definition;
            var settings = new LayeringSettings(definition);
            From = new NamespacePatterns(settings.From);
            MustNotReference = new NamespacePatterns(settings.MustNotReference);
        }

        public RuleDefinition Definition { get; }

        /// <summary>Namespaces of the code being checked.</summary>
        public NamespacePatterns From { get; }

        /// <summary>Namespaces that code may not use.</summary>
        public NamespacePatterns MustNotReference { get; }
    }
}
