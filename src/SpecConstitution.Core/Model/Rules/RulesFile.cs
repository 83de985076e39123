using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.Rules
{
    /// <summary>A parsed constitution.rules.yml: the rules that validated, and findings for everything that did not.</summary>
    public sealed class RulesFile
    {
        public RulesFile(string path, string? constitutionVersion, TextRange constitutionVersionRange, IReadOnlyList<RuleDefinition> rules, IReadOnlyDictionary<string, FindingSeverity> specChecks, IReadOnlyList<Finding> findings, DeployGatesConfig? deployGates = null)
        {
            DeployGates = deployGates ?? DeployGatesConfig.Strict;
            Path = path;
            ConstitutionVersion = constitutionVersion;
            ConstitutionVersionRange = constitutionVersionRange;
            Rules = rules;
            SpecChecks = specChecks;
            Findings = findings;
        }

        public string Path { get; }

        public string? ConstitutionVersion { get; }

        public TextRange ConstitutionVersionRange { get; }

        public IReadOnlyList<RuleDefinition> Rules { get; }

        /// <summary><c>spec-checks:</c> map of diagnostic ID → severity.</summary>
        public IReadOnlyDictionary<string, FindingSeverity> SpecChecks { get; }

        public IReadOnlyList<Finding> Findings { get; }

        /// <summary><c>deploy-gates:</c>, read with the rest of the file (the strict set when the file names none).</summary>
        public DeployGatesConfig DeployGates { get; }

        /// <summary><c>dependencies:</c> each other system a feature may depend on (<c>**Depends On**</c>) and where its live manifest is.</summary>
        public IReadOnlyDictionary<string, DependencySource> Dependencies { get; internal set; } = new Dictionary<string, DependencySource>(StringComparer.Ordinal);

        public IEnumerable<RuleDefinition> OfKind(string kind) => Rules.Where(r => string.Equals(r.Kind, kind, StringComparison.Ordinal));
    }
}
