using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Analyzers.Configuration
{
    /// <summary>What one compilation sees of the constitution: the parsed rules file and constitution.md, with their texts.</summary>
    internal sealed class ConstitutionConfiguration
    {
        public static readonly ConstitutionConfiguration Empty = new ConstitutionConfiguration(null, null, null, null);

        public ConstitutionConfiguration(RulesFile? rules, SourceText? rulesText, ConstitutionDocument? constitution, AdditionalText? rulesFile)
        {
            Rules = rules;
            RulesText = rulesText;
            Constitution = constitution;
            RulesAdditionalFile = rulesFile;
        }

        public RulesFile? Rules { get; }

        public SourceText? RulesText { get; }

        public ConstitutionDocument? Constitution { get; }

        public AdditionalText? RulesAdditionalFile { get; }

        public IReadOnlyList<RuleDefinition> RulesOfKind(string kind) =>
            Rules?.OfKind(kind).Where(r => r.Severity != SpecConstitution.Diagnostics.FindingSeverity.None).ToArray() ?? (IReadOnlyList<RuleDefinition>)System.Array.Empty<RuleDefinition>();
    }
}
