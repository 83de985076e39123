using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SpecConstitution.Reading.Citations;
using SpecConstitution.Reports;
using SpecConstitution.Reports.Gates;
using SpecConstitution.Reading.TestResults;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Tasks.ProjectRules;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// The <c>success-criteria-proven</c> gate, decided when deploying: the success criteria of the project's features
    /// that are not Draft, the tests that cite them (sources of the solution's projects), and this run's TRX results.
    /// Writes the verdict and its evidence into the manifest; SC5030 per unproven criterion, before any request.
    /// </summary>
    public sealed class ProveSuccessCriteria : SpecKitTaskBase
    {
        [Required]
        public string ManifestPath { get; set; } = string.Empty;

        /// <summary>The TRX files (globs already expanded by MSBuild).</summary>
        public ITaskItem[] TestResultFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>SpecConstitutionTestResults as written, to name it when it matched nothing.</summary>
        public string? TestResults { get; set; }

        [Required]
        public string ProjectFile { get; set; } = string.Empty;

        public string? SolutionPath { get; set; }

        public string? ProjectFeature { get; set; }

        public string? ClaimedFeatures { get; set; }

        [Output]
        public bool GatePassed { get; set; }

        protected override void ExecuteCore()
        {
            string root = ResolveRoot() ?? ProjectDirectory;
            RulesFile? rules = LoadRules(root);
            IReadOnlyList<(EvidenceFile File, IReadOnlyList<TestOutcome> Outcomes)>? results = ReadResults();
            if (results == null)
            {
                return;
            }

            GateCheck check;
            SuccessCriteriaProof proof = SuccessCriteriaProof.Evaluate(Criteria(root), results.SelectMany(r => r.Outcomes), results.Select(r => r.File).ToArray());
            if (!(rules?.DeployGates ?? DeployGatesConfig.Strict).IsEnabled(DeployGateIds.SuccessCriteriaProven))
            {
                check = new GateCheck(DeployGateIds.SuccessCriteriaProven, enabled: false, passed: true, "disabled by deploy-gates in the rules file");
            }
            else
            {
                check = new GateCheck(DeployGateIds.SuccessCriteriaProven, enabled: true, proof.Passed, proof.Reason);
                foreach (CriterionVerdict verdict in proof.Unproven)
                {
                    DiagnosticInfo info = DiagnosticCatalog.SuccessCriterionUnproven;
                    FindingLogger.Log(Log, new Finding(info, info.DefaultSeverity, verdict.Criterion.SpecPath, verdict.Criterion.Range,
                        verdict.Criterion.Feature, verdict.Criterion.Id, verdict.Reason));
                }
            }

            GatePassed = check.Passed;
            if (ManifestGate.TryAdd(Log, ManifestPath, check, "successCriteria", proof.ToJson()))
            {
                ManifestGate.LogOutcome(Log, check);
            }
        }

        /// <summary>The success criteria of the features this project owns that are not Draft, with the tests citing each.</summary>
        private IEnumerable<CitedCriterion> Criteria(string root)
        {
            SpecKitTree wholeTree = LoadTree(root);
            SpecKitTree tree = wholeTree.WithFeatures(ProjectOwnership.Infer(wholeTree, ProjectFile, ValidateSpecs.SplitClaims(ClaimedFeatures), false, SolutionPath).FeaturesOf(ProjectFile));
            var citations = new List<SourceCitation>();
            foreach (string project in SolutionSources.Projects(SolutionPath, ProjectFile, root))
            {
                bool isTest = SolutionSources.IsTestProject(project);
                foreach (string file in SolutionSources.CSharpFiles(project))
                {
                    citations.AddRange(CitationScanner.Scan(file, File.ReadAllText(file), isTest));
                }
            }

            TraceabilityMatrix matrix = TraceabilityMatrix.Build(tree, citations, string.IsNullOrWhiteSpace(ProjectFeature) ? null : ProjectFeature!.Trim(), null);
            return matrix.Rows
                .Where(r => r.Requirement.Prefix == "SC" && !IsDraft(r.Feature.Spec?.Status))
                .Select(r => new CitedCriterion(r.Feature.Name, r.Requirement.Id, r.Feature.Spec!.File.Path, r.Requirement.Range, r.Tests));
        }

        private static bool IsDraft(string? status) => status != null && status.Trim().StartsWith("Draft", StringComparison.OrdinalIgnoreCase);

        /// <summary>Each TRX file, its digest and outcomes; null (after SC5013) when one is missing or unreadable, or none matched.</summary>
        private IReadOnlyList<(EvidenceFile, IReadOnlyList<TestOutcome>)>? ReadResults()
        {
            string[] paths = TestResultFiles.Select(i => Path.GetFullPath(i.ItemSpec)).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            if (paths.Length == 0)
            {
                Refuse($"SpecConstitutionTestResults '{TestResults}' matched no file; run the tests with `dotnet test --logger trx` (--results-directory names where the files go) before deploying");
                return null;
            }

            var results = new List<(EvidenceFile, IReadOnlyList<TestOutcome>)>();
            foreach (string path in paths)
            {
                if (!FileProbe.TryOpenRegular(path, out FileStream? stream, out string problem))
                {
                    Refuse($"test results {path} cannot be read: {problem}");
                    continue;
                }

                using (stream)
                {
                    if (stream!.Length > TrxResults.MaxBytes)
                    {
                        Refuse($"test results {path} are larger than {TrxResults.MaxBytes / (1024 * 1024)} MB; not read");
                        continue;
                    }

                    string sha256 = Sha256Hex(stream);
                    stream.Position = 0;
                    IReadOnlyList<TestOutcome>? outcomes = TrxResults.TryRead(stream, out string? notTrx);
                    if (outcomes == null)
                    {
                        Refuse($"test results {path} cannot be used: {notTrx}");
                        continue;
                    }

                    results.Add((new EvidenceFile(path, sha256, outcomes.Count), outcomes));
                }
            }

            return Log.HasLoggedErrors ? null : results;
        }

        private static string Sha256Hex(Stream stream)
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            return string.Concat(sha.ComputeHash(stream).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        private void Refuse(string reason) => ManifestGate.Refuse(Log, ManifestPath, reason);
    }
}
