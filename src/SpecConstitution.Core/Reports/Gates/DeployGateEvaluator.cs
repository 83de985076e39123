using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Reports.Gates
{
    /// <summary>Computes the deploy gates from the same inputs the manifest is written from, before it is written.</summary>
    public static class DeployGateEvaluator
    {
        /// <param name="requirementCoverage">The requirement-coverage check's verdict when this build ran it; null adds no gate.</param>
        public static GateVerdict Evaluate(ManifestInputs inputs, DeployGatesConfig config, bool? requirementCoverage = null)
        {
            var checks = new List<GateCheck>
            {
                Gate(config, DeployGateIds.NoErrorFindings, () => NoErrorFindings(inputs)),
                Gate(config, DeployGateIds.NoOpenClarifications, () => NoOpenClarifications(inputs.Tree)),
                Gate(config, DeployGateIds.TasksComplete, () => TasksComplete(inputs.Tree)),
                Gate(config, DeployGateIds.RulesVersionMatches, () => RulesVersionMatches(inputs)),
                Gate(config, DeployGateIds.CommitKnown, () => inputs.Source.Commit != null
                    ? (true, $"commit {inputs.Source.Commit} (from {inputs.Source.CommitOrigin})")
                    : (false, "no commit: no SourceLink SourceRevisionId, no CI commit variable and no readable .git")),
                Gate(config, DeployGateIds.CleanTree, () => inputs.Source.Dirty switch
                {
                    false => (true, "tracked files match the git index"),
                    true => (false, "tracked files differ from the git index (uncommitted changes)"),
                    _ => (false, "the working tree could not be checked: no readable .git/index"),
                }),
                Gate(config, DeployGateIds.SubjectsPresent, () => inputs.Subjects.Count > 0
                    ? (true, string.Format(CultureInfo.InvariantCulture, "{0} shipped file(s) attested", inputs.Subjects.Count))
                    : (false, "the manifest attests no shipped file: the output folder held none (SC5003)")),
            };
            if (requirementCoverage.HasValue)
            {
                checks.Add(Gate(config, DeployGateIds.RequirementCoverage, () => requirementCoverage.Value
                    ? (true, "every required requirement is cited by code and tests (requirement-coverage.json)")
                    : (false, "requirements cited by no test or code: see requirement-coverage.md (SC1040)")));
            }

            return new GateVerdict(checks);
        }

        private static GateCheck Gate(DeployGatesConfig config, string id, Func<(bool Passed, string Reason)> check)
        {
            if (!config.IsEnabled(id))
            {
                return new GateCheck(id, enabled: false, passed: true, "disabled by deploy-gates in the rules file");
            }

            (bool passed, string reason) = check();
            return new GateCheck(id, enabled: true, passed, reason);
        }

        private static (bool, string) NoErrorFindings(ManifestInputs inputs)
        {
            var errors = inputs.SpecFindings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Id)
                .Concat(inputs.Analysis.Counts.Where(c => c.Value.ContainsKey("error")).SelectMany(c => Enumerable.Repeat(c.Key, c.Value["error"])))
                .GroupBy(id => id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Format(CultureInfo.InvariantCulture, "{0} x{1}", g.Key, g.Count()))
                .ToArray();
            return errors.Length == 0
                ? (true, "no constitution finding at error level")
                : (false, "findings at error level: " + string.Join(", ", errors));
        }

        private static (bool, string) NoOpenClarifications(SpecKitTree tree)
        {
            string[] open = tree.Features
                .Select(f => (f.Name, Count: (f.Spec?.Clarifications.Count ?? 0) + (f.Plan?.Clarifications.Count ?? 0)))
                .Where(f => f.Count > 0)
                .Select(f => string.Format(CultureInfo.InvariantCulture, "{0} ({1})", f.Name, f.Count))
                .ToArray();
            return open.Length == 0
                ? (true, "no open [NEEDS CLARIFICATION] marker")
                : (false, "open [NEEDS CLARIFICATION] markers in " + string.Join(", ", open));
        }

        private static (bool, string) TasksComplete(SpecKitTree tree)
        {
            string[] unfinished = tree.Features
                .Where(f => !IsDraft(f.Spec?.Status) && f.Tasks != null && f.Tasks.DoneCount < f.Tasks.Tasks.Count)
                .Select(f => string.Format(CultureInfo.InvariantCulture, "{0} ({1}/{2} done, status {3})", f.Name, f.Tasks!.DoneCount, f.Tasks.Tasks.Count, f.Spec?.Status ?? "unknown"))
                .ToArray();
            return unfinished.Length == 0
                ? (true, "every feature that is not Draft has all its tasks done")
                : (false, "features past Draft with open tasks: " + string.Join(", ", unfinished));
        }

        private static (bool, string) RulesVersionMatches(ManifestInputs inputs)
        {
            string? constitution = inputs.Tree.Constitution?.Version;
            string? rules = inputs.Rules?.ConstitutionVersion;
            if (constitution == null || rules == null)
            {
                return (false, $"cannot compare: constitution version {constitution ?? "missing"}, rules file constitution-version {rules ?? "missing"}");
            }

            return string.Equals(constitution.Trim(), rules.Trim(), StringComparison.Ordinal)
                ? (true, $"rules file and constitution are both version {constitution}")
                : (false, $"rules file constitution-version {rules} differs from the constitution's version {constitution}");
        }

        private static bool IsDraft(string? status) =>
            status != null && status.Trim().StartsWith("Draft", StringComparison.OrdinalIgnoreCase);
    }
}
