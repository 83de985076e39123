using System.Collections.Generic;

namespace SpecConstitution.Reports.Gates
{
    /// <summary>The gate IDs: what <c>deploy-gates:</c> in the rules file names, and what the manifest reports.</summary>
    public static class DeployGateIds
    {
        public const string NoErrorFindings = "no-error-findings";
        public const string NoOpenClarifications = "no-open-clarifications";
        public const string TasksComplete = "tasks-complete";
        public const string RulesVersionMatches = "rules-version-matches";
        public const string CommitKnown = "commit-known";
        public const string CleanTree = "clean-tree";

        /// <summary>The manifest lists at least one shipped file: a manifest that attests nothing never lets a deployment through.</summary>
        public const string SubjectsPresent = "subjects-present";

        /// <summary>Only present when the build ran the requirement-coverage check (a requirements rule, a deployable project).</summary>
        public const string RequirementCoverage = "requirement-coverage";

        /// <summary>
        /// Decided when deploying with SpecConstitutionTestResults: every success criterion of a feature that is not Draft
        /// is cited by a test that passed in those results (SC5030). Written into the manifest by the deploy step.
        /// </summary>
        public const string SuccessCriteriaProven = "success-criteria-proven";

        /// <summary>
        /// Decided when deploying a feature that declares <c>**Depends On**</c>: each other system's live manifest lists that
        /// feature with every task done and its gates passed (SC5042). Written into the manifest by the deploy step.
        /// </summary>
        public const string DependenciesLive = "dependencies-live";

        /// <summary>Every gate, in the order they are reported (ordinal, so the manifest is stable).</summary>
        public static IReadOnlyList<string> All { get; } = new[]
        {
            CleanTree, CommitKnown, DependenciesLive, NoErrorFindings, NoOpenClarifications, RequirementCoverage, RulesVersionMatches, SubjectsPresent, SuccessCriteriaProven, TasksComplete,
        };
    }
}
