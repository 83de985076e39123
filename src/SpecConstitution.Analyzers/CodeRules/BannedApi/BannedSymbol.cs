using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Citations;

namespace SpecConstitution.Analyzers.CodeRules.BannedApi
{
    /// <summary>One entry of a banned-api rule's <c>symbols</c>, with the rule that bans it.</summary>
    internal sealed class BannedSymbol
    {
        public BannedSymbol(RuleDefinition rule, DocumentationId id)
        {
            Rule = rule;
            Id = id;
        }

        public RuleDefinition Rule { get; }

        public DocumentationId Id { get; }
    }
}
