using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Constitution
{
    /// <summary>Findings about the rules file that need constitution.md: version drift and principles that name no heading.</summary>
    public static class RulesConstitutionCheck
    {
        public static IReadOnlyList<Finding> Run(RulesFile rules, ConstitutionDocument? constitution)
        {
            var findings = new List<Finding>();
            if (constitution == null)
            {
                return findings;
            }

            if (rules.ConstitutionVersion != null && constitution.Version != null &&
                !string.Equals(rules.ConstitutionVersion.Trim(), constitution.Version.Trim(), StringComparison.Ordinal))
            {
                findings.Add(FindingFactory.Create(DiagnosticCatalog.ConstitutionVersionDrift, rules.Path, rules.ConstitutionVersionRange,
                    rules.ConstitutionVersion, constitution.Version));
            }

            foreach (RuleDefinition rule in rules.Rules.Where(r => !string.IsNullOrWhiteSpace(r.Principle)))
            {
                if (!constitution.Headings.Any(h => PrincipleMatches(rule.Principle!, h.Text)))
                {
                    findings.Add(FindingFactory.Create(DiagnosticCatalog.PrincipleNotInConstitution, rules.Path, rule.PrincipleRange, rule.Id, rule.Principle!));
                }
            }

            return findings;
        }

        /// <summary>
        /// SC3016 (info): each principle no rule names, listed once on its heading, so a team sees which principles the
        /// compiler enforces and which only review does. Silent without a rules file: then nothing is enforced by design.
        /// </summary>
        public static IReadOnlyList<Finding> PrincipleCoverage(RulesFile? rules, ConstitutionDocument? constitution)
        {
            var findings = new List<Finding>();
            if (rules == null || constitution == null)
            {
                return findings;
            }

            foreach (MarkdownHeading principle in constitution.Principles)
            {
                bool enforced = rules.Rules.Any(r => !string.IsNullOrWhiteSpace(r.Principle) && PrincipleMatches(r.Principle!, principle.Text));
                if (!enforced && principle.Text.IndexOf('[') < 0)
                {
                    findings.Add(FindingFactory.Create(DiagnosticCatalog.PrincipleNotEnforced, constitution.File.Path, principle.Range, principle.Text));
                }
            }

            return findings;
        }

        /// <summary>"II. Every endpoint is rate limited" matches that heading, its text without the numeral, or its numeral alone.</summary>
        public static bool PrincipleMatches(string principle, string heading)
        {
            string wanted = Normalize(principle);
            string actual = Normalize(heading);
            if (wanted.Length == 0)
            {
                return false;
            }

            return actual == wanted || StripNumeral(actual) == StripNumeral(wanted) || (IsNumeral(wanted) && NumeralOf(actual) == wanted);
        }

        private static string Normalize(string text) =>
            string.Join(" ", text.Replace("*", string.Empty).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

        private static string NumeralOf(string heading)
        {
            int dot = heading.IndexOf('.');
            return dot > 0 && IsNumeral(heading.Substring(0, dot)) ? heading.Substring(0, dot) : string.Empty;
        }

        private static string StripNumeral(string heading)
        {
            string numeral = NumeralOf(heading);
            return numeral.Length == 0 ? heading : heading.Substring(numeral.Length + 1).Trim();
        }

        private static bool IsNumeral(string text) => text.Length > 0 && text.All(c => char.IsDigit(c) || "ivxlc".IndexOf(c) >= 0);
    }
}
