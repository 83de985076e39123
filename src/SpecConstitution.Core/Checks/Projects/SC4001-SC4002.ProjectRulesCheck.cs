using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Matching;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;
using SpecConstitution.Reading.Projects;

namespace SpecConstitution.Checks.Projects
{
    /// <summary>
    /// SC4001 and SC4002: the project's target frameworks and package references against the <c>target-framework</c>
    /// and <c>package-allowlist</c> rules. Pure: the MSBuild task gathers the facts, this decides.
    /// </summary>
    public static class ProjectRulesCheck
    {
        /// <summary>The package itself is never a finding: allowing the tool that enforces the list is implied.</summary>
        public const string OwnPackageId = "SpecConstitution";

        public static IReadOnlyList<Finding> Run(RulesFile rules, IEnumerable<ProjectTargetFramework> frameworks, IEnumerable<ProjectPackage> packages)
        {
            var findings = new List<Finding>();
            foreach (RuleDefinition rule in Active(rules, RuleKinds.TargetFramework))
            {
                IReadOnlyList<string> allowed = new TargetFrameworkSettings(rule).Allowed;
                foreach (ProjectTargetFramework framework in frameworks.Where(f => !Glob.IsMatchAny(allowed, f.Moniker)))
                {
                    findings.Add(Create(DiagnosticCatalog.TargetFrameworkNotAllowed, rule, framework.File, framework.Range,
                        framework.Moniker, rule.Id, string.Join(", ", allowed)));
                }
            }

            foreach (RuleDefinition rule in Active(rules, RuleKinds.PackageAllowlist))
            {
                IReadOnlyList<string> allowed = new PackageAllowlistSettings(rule).Packages;
                foreach (ProjectPackage package in packages)
                {
                    if (string.Equals(package.Id, OwnPackageId, StringComparison.OrdinalIgnoreCase) || Glob.IsMatchAny(allowed, package.Id))
                    {
                        continue;
                    }

                    findings.Add(Create(DiagnosticCatalog.PackageNotAllowed, rule, package.File, package.Range,
                        package.Id, VersionNote(package), rule.Id, string.Join(", ", allowed)));
                }
            }

            return findings;
        }

        private static string VersionNote(ProjectPackage package)
        {
            if (package.VersionFile != null)
            {
                return string.Format(CultureInfo.InvariantCulture, " {0}(version set in {1}({2},{3}))",
                    string.IsNullOrEmpty(package.Version) ? string.Empty : package.Version + " ", package.VersionFile, package.VersionRange.Line, package.VersionRange.Column);
            }

            return string.IsNullOrEmpty(package.Version) ? string.Empty : " " + package.Version;
        }

        private static IEnumerable<RuleDefinition> Active(RulesFile rules, string kind) => rules.OfKind(kind).Where(r => r.Severity != FindingSeverity.None);

        private static Finding Create(DiagnosticInfo info, RuleDefinition rule, string file, TextRange range, params object[] args) =>
            new Finding(info, rule.Severity, file, range, args);
    }
}
