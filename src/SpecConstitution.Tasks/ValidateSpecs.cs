using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Reports;
using SpecConstitution.Tasks.Snapshot;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Checks the spec → plan → tasks chain (SC2xxx) and the constitution document (SC3011+), reports each finding
    /// with file, line and column, once per Spec-Kit root per build, and writes the findings, a SARIF log and the
    /// coverage matrix. Findings in .specify/spec-baseline.json are not reported until their text changes.
    /// </summary>
    public sealed class ValidateSpecs : SpecKitTaskBase
    {
        /// <summary>Where the findings are written as JSON (the target's incremental output).</summary>
        [Required]
        public string FindingsFile { get; set; } = string.Empty;

        /// <summary>SARIF 2.1.0 log of all findings (baseline-suppressed ones marked as suppressed).</summary>
        public string? SarifFile { get; set; }

        /// <summary>Requirement → tasks → done matrix (JSON).</summary>
        public string? CoverageFile { get; set; }

        /// <summary>Write .specify/spec-baseline.json from the current findings instead of failing on them.</summary>
        public bool WriteBaseline { get; set; }

        /// <summary>Overrides .specify/spec-baseline.json.</summary>
        public string? BaselineFile { get; set; }

        /// <summary>When true, finding no Spec-Kit root is itself a finding (SC2080) rather than a quiet no-op.</summary>
        public bool RequireSpecKit { get; set; }

        /// <summary>Semicolon-separated words SC2027 treats as vague; empty keeps the defaults.</summary>
        public string? VagueWords { get; set; }

        /// <summary>MSBuild's CurrentSolutionConfigurationContents: the solution's project list, for electing one reporting project per root.</summary>
        public string? SolutionConfiguration { get; set; }

        public string? ProjectFile { get; set; }

        /// <summary>The features this project claims (the SpecConstitutionFeature items and property), semicolon-separated.</summary>
        public string? ClaimedFeatures { get; set; }

        /// <summary>IsTestProject: a test project owns a feature only when no other project does.</summary>
        public bool IsTestProject { get; set; }

        /// <summary>The solution being built, whose projects may own features too.</summary>
        public string? SolutionPath { get; set; }

        /// <summary>False when the compiler reports spec findings (SpecConstitutionSpecsInCompiler): the task then only writes its files.</summary>
        public bool ReportFindings { get; set; } = true;

        [Output]
        public int FindingCount { get; set; }

        protected override void ExecuteCore()
        {
            string? root = ResolveRoot();
            IReadOnlyList<Finding> reported = Array.Empty<Finding>();
            RootFindings? rootFindings = null;
            if (root == null || !IsSpecKitTree(root))
            {
                ReportNoRoot(root);
            }
            else
            {
                var phases = new PhaseTimer();
                SpecKitTree tree = LoadTree(root);
                RulesFile? rules = LoadRules(root);
                phases.End("load");
                IReadOnlyList<Finding> checkedFindings = SpecChainChecker.Check(tree, rules, SpecCheckOptions.WithVagueWords(VagueWords));
                phases.End("check");
                var lines = new LineLookup();
                string baselinePath = NullIfEmpty(BaselineFile) ?? Path.Combine(root, ".specify", SpecBaseline.FileName);
                bool rootReporter = BuildOwnerElection.IsOwner(SolutionConfiguration, ProjectFile ?? string.Empty, root);
                // Called without a project file (a direct task call), the project directory stands for the project.
                string self = string.IsNullOrWhiteSpace(ProjectFile) ? Path.Combine(ProjectDirectory, "project") : ProjectFile!;
                var answers = new FindingAnswers(tree, InferOwnership(tree, self, ClaimedFeatures, IsTestProject, SolutionPath),
                    self, rootReporter, BuildOwnerElection.ProjectsInBuild(SolutionConfiguration));
                // The whole tree's findings after the options: what the baseline holds, and what the manifest counts.
                Finding[] whole = checkedFindings.Concat(answers.UnownedFindings(rules)).ToArray();
                phases.End("ownership");
                IReadOnlyList<Finding> suppressed;
                if (WriteBaseline)
                {
                    // The baseline holds the whole tree's findings: it is written by the project that reports for the root.
                    if (rootReporter && FirstInThisNode(root + "|baseline", whole))
                    {
                        AtomicFile.WriteAllText(baselinePath, SpecBaseline.Write(whole, root, lines.Line));
                        Log.LogMessage(MessageImportance.High, "SpecConstitution: wrote {0} finding(s) to the baseline {1}", whole.Length, baselinePath);
                    }

                    // Once written, the baseline accepts all of them.
                    rootFindings = new RootFindings(Array.Empty<Finding>(), whole);
                    suppressed = Array.Empty<Finding>();
                }
                else
                {
                    rootFindings = RootFindings.Split(whole, baselinePath, root, lines);
                    reported = answers.Answered(rootFindings.Reported);
                    suppressed = answers.Answered(rootFindings.Baselined);
                }

                IReadOnlyList<Finding> toPrint = WriteBaseline ? answers.Printed(answers.Answered(whole)) : answers.Printed(reported);
                bool owner = FirstInThisNode(root, toPrint) && ReportFindings;
                phases.End("baseline");
                if (owner)
                {
                    foreach (Finding finding in toPrint)
                    {
                        FindingLogger.Log(Log, finding);
                    }
                }

                phases.End("log");

                Log.LogMessage(MessageImportance.Normal, "SpecConstitution: checked {0} feature(s) under {1}, {2} owned by this project: {3} finding(s), {4} in the baseline, {5} printed here{6}.",
                    tree.Features.Count, root, answers.OwnedCount, reported.Count, suppressed.Count, owner ? toPrint.Count : 0, owner ? string.Empty : " (none: the compiler reports them, or this project already did in this build)");

                if (!string.IsNullOrWhiteSpace(SarifFile))
                {
                    SpecReportWriter.WriteSarif(SarifFile!, reported, suppressed, root);
                }

                if (!string.IsNullOrWhiteSpace(CoverageFile))
                {
                    SpecReportWriter.WriteCoverage(CoverageFile!, tree.WithFeatures(answers.AnsweredFeatures));
                }

                phases.End("reports");
                Log.LogMessage(MessageImportance.Low, "SpecConstitution: ValidateSpecs phases (ms): {0}", phases);
            }

            FindingCount = reported.Count;
            // The hand-off to the manifest (and the target's incremental output): see docs/design-notes.md, "One snapshot per root".
            SpecFindingsFile.Write(FindingsFile, root, reported, rootFindings);
        }

        internal static IEnumerable<string> SplitClaims(string? claims) =>
            (claims ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);

        private static bool IsSpecKitTree(string root) =>
            SpecConstitution.Reading.Tree.SpecKitRoot.IsSpecKitRoot(root) || SpecConstitution.Reading.Tree.SpecKitRoot.IsLegacyRoot(root) || Directory.Exists(Path.Combine(root, "specs"));

        private void ReportNoRoot(string? root)
        {
            if (!RequireSpecKit)
            {
                // The one, quiet, word a project without a Spec-Kit tree gets.
                Log.LogMessage(MessageImportance.Low, "SpecConstitution: no Spec-Kit root (.specify/ or specs/) above {0}; nothing to check.", ProjectDirectory);
                return;
            }

            string file = string.IsNullOrWhiteSpace(ProjectFile) ? ProjectDirectory : ProjectFile!;
            Finding finding = new Finding(DiagnosticCatalog.NothingChecked, DiagnosticCatalog.NothingChecked.DefaultSeverity, file, TextRange.StartOfFile,
                $"SpecConstitutionRequireSpecKit is true but no Spec-Kit root (.specify/, memory/constitution.md or specs/) was found above {ProjectDirectory}{(root == null ? string.Empty : " (nearest repository root: " + root + ")")}: no spec was checked");
            FindingLogger.Log(Log, finding);
        }

        // Within one MSBuild node, a second project of the same root (or a second target framework) stays quiet.
        private bool FirstInThisNode(string root, IReadOnlyList<Finding> findings)
        {
            if (!(BuildEngine is IBuildEngine4 engine))
            {
                return true;
            }

            string key = "SpecConstitution.ValidateSpecs|" + Path.GetFullPath(root).TrimEnd('/', '\\') + "|" + findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" +
                string.Join("\n", findings.Select(f => f.ToString())).GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
            lock (Gate)
            {
                if (engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) != null)
                {
                    return false;
                }

                engine.RegisterTaskObject(key, new object(), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                return true;
            }
        }

        private static readonly object Gate = new object();
    }
}
