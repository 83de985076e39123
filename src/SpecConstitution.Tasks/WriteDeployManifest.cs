using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.Build.Framework;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Git;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Reports.Gates;
using SpecConstitution.Reports;
using SpecConstitution.Reports.Manifest;
using SpecConstitution.Tasks.Snapshot;

namespace SpecConstitution.Tasks
{
    /// <summary>Writes spec-manifest.json: what ships (digests), from which commit, checked against which spec chain.</summary>
    public sealed class WriteDeployManifest : SpecKitTaskBase
    {
        [Required]
        public string ManifestPath { get; set; } = string.Empty;

        /// <summary>The files that ship; their names in the manifest are relative to <see cref="SubjectsDirectory"/>.</summary>
        public ITaskItem[] Subjects { get; set; } = Array.Empty<ITaskItem>();

        public string? SubjectsDirectory { get; set; }

        /// <summary>SourceLink's commit (SourceRevisionId / RepositoryCommit).</summary>
        public string? SourceRevisionId { get; set; }

        public string? RepositoryUrl { get; set; }

        /// <summary>The compiler's SARIF ErrorLog, from which the analyzers' findings are counted.</summary>
        public string? ErrorLog { get; set; }

        /// <summary>The project file; recorded relative to the Spec-Kit root in buildDefinition.externalParameters.</summary>
        public string? ProjectFile { get; set; }

        public string? Configuration { get; set; }

        public string? TargetFramework { get; set; }

        /// <summary>"build" or "publish".</summary>
        public string? Stage { get; set; }

        /// <summary>Adds runDetails.metadata.finishedOn; off by default so two builds of one commit give the same bytes.</summary>
        public bool IncludeTimestamps { get; set; }

        /// <summary>"true"/"false" when the requirement-coverage check ran in this build; empty adds no gate.</summary>
        public string? RequirementCoverageGatePassed { get; set; }

        /// <summary>requirement-coverage.json of this build (FR → code → tests), embedded as predicate.spec.traceability.</summary>
        public string? RequirementCoverageFile { get; set; }

        /// <summary>The features this project claims (the SpecConstitutionFeature items and property), semicolon-separated.</summary>
        public string? ClaimedFeatures { get; set; }

        /// <summary>IsTestProject: a test project owns a feature only when no other project does.</summary>
        public bool IsTestProject { get; set; }

        /// <summary>The solution being built, whose projects may own features too.</summary>
        public string? SolutionPath { get; set; }

        /// <summary>ValidateSpecs' spec-findings.json of this build: the findings as the build reported them, and those the baseline accepted.</summary>
        public string? FindingsFile { get; set; }

        /// <summary>Used only when there is no <see cref="FindingsFile"/>: SC2027's vague words, as ValidateSpecs takes them.</summary>
        public string? VagueWords { get; set; }

        /// <summary>Used only when there is no <see cref="FindingsFile"/>: overrides .specify/spec-baseline.json.</summary>
        public string? BaselineFile { get; set; }

        /// <summary>Print the gate verdicts (when deploying, or SpecConstitutionReportGates=true); otherwise they are low-importance messages.</summary>
        public bool ReportGates { get; set; }

        [Output]
        public bool GatesPassed { get; set; }

        // Issue 22: the endpoint inventory, the blast radius against what is live, and the reviewer summary (ManifestCheckpointParts).

        /// <summary>The build asked the compiler for the endpoint inventory (SC1090 in the ErrorLog): predicate.endpoints is written.</summary>
        public bool EndpointInventory { get; set; }

        /// <summary>SpecConstitutionLiveManifest: a path or an https URL of the manifest of what is deployed now.</summary>
        public string? LiveManifest { get; set; }

        /// <summary>SpecConstitutionBlastRadiusUnknownIsRisky: an unknown blast radius needs a person's approval too.</summary>
        public bool BlastRadiusUnknownIsRisky { get; set; }

        public int LiveManifestTimeoutMilliseconds { get; set; } = 30_000;

        /// <summary>Writes spec-summary.md beside the manifest (and to $GITHUB_STEP_SUMMARY in GitHub Actions).</summary>
        public bool WriteSummary { get; set; } = true;

        protected override void ExecuteCore()
        {
            var phases = new PhaseTimer();
            string? foundRoot = ResolveRoot();
            bool hasSpecKit = foundRoot != null && (SpecConstitution.Reading.Tree.SpecKitRoot.IsSpecKitRoot(foundRoot) || Directory.Exists(Path.Combine(foundRoot, "specs")));
            string root = foundRoot ?? ProjectDirectory;
            SpecKitTree wholeTree = LoadTree(root);
            RulesFile? rules = LoadRules(root);
            phases.End("load");

            // The project answers only for the features it owns: its manifest lists them, its gates judge them.
            string self = string.IsNullOrWhiteSpace(ProjectFile) ? Path.Combine(ProjectDirectory, "project") : ProjectFile!;
            var ownership = InferOwnership(wholeTree, self, ClaimedFeatures, IsTestProject, SolutionPath);
            SpecKitTree tree = wholeTree.WithFeatures(ownership.FeaturesOf(self));
            phases.End("ownership");

            // What the build reported (after options and baseline), handed on by ValidateSpecs; checked here only when
            // this task runs alone. Either way the findings of the features this project owns, and of the constitution.
            RootFindings specFindings = (SpecFindingsFile.TryRead(NullIfBlank(FindingsFile), Path.GetFullPath(root)) ?? CheckAlone(root, wholeTree, rules))
                .Where(f => ownership.FeatureOf(f.FilePath) is not { } feature || ownership.IsOwnedBy(feature, self));
            phases.End("findings");

            var analysis = new AnalysisSummary();
            IReadOnlyList<InventoryEndpoint>? endpoints = null;
            string? sarifPath = ErrorLog?.Split(',')[0].Trim();
            if (!string.IsNullOrEmpty(sarifPath) && File.Exists(sarifPath))
            {
                if (!TryReadText(sarifPath!, out string? sarif, out string problem))
                {
                    WarnUnreadable(sarifPath!, problem + "; analyzer findings are not counted");
                }
                else if (!analysis.AddSarif(sarif!))
                {
                    WarnUnreadable(sarifPath!, "it is not a SARIF log; analyzer findings are not counted");
                }
                else if (EndpointInventory)
                {
                    endpoints = EndpointInventoryReader.Read(sarif!, root);
                }
            }

            // SC1040 is reported by the requirement-coverage task, not the compiler: its SARIF sits beside the matrix.
            string? coverageSarif = NullIfBlank(RequirementCoverageFile) is { } matrix ? Path.ChangeExtension(matrix, ".sarif") : null;
            if (coverageSarif != null && File.Exists(coverageSarif) && !analysis.AddSarif(File.ReadAllText(coverageSarif)))
            {
                WarnUnreadable(coverageSarif, "it is not a SARIF log; requirement-coverage findings are not counted");
            }

            phases.End("analyzer log");
            SourceInfo source = SourceInfoResolver.Resolve(SourceRevisionId, RepositoryUrl, ProjectDirectory, Environment.GetEnvironmentVariable);
            var build = new BuildParameters(
                string.IsNullOrWhiteSpace(ProjectFile) ? null : DeployManifestBuilder.RelativePath(root, ProjectFile!),
                NullIfBlank(Configuration), NullIfBlank(TargetFramework), NullIfBlank(Stage) ?? "build", BuilderVersion(),
                IncludeTimestamps ? DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null);
            var inputs = new ManifestInputs(tree, rules, specFindings.Reported, analysis, source, ReadSubjects(), build)
            {
                BaselinedFindings = specFindings.Baselined,
                Traceability = ReadTraceability(),
            };
            phases.End("source, subjects, traceability");

            // The gates are decided before the manifest is written, and written into it.
            bool? coverage = bool.TryParse(RequirementCoverageGatePassed?.Trim(), out bool covered) ? covered : (bool?)null;
            GateVerdict gates = DeployGateEvaluator.Evaluate(inputs, rules?.DeployGates ?? DeployGatesConfig.Strict, coverage);
            GatesPassed = gates.Passed;
            var skipped = new List<Finding>();
            JsonObject manifest = DeployManifestBuilder.Build(inputs, gates, skipped);
            ManifestSections.SetEndpoints(manifest, endpoints);
            ManifestSections.SetBlastRadius(manifest, ComputeBlastRadius(manifest, (rules?.DeployGates ?? DeployGatesConfig.Strict)));
            phases.End("gates, manifest, blast radius");
            foreach (Finding finding in skipped)
            {
                FindingLogger.Log(Log, finding);
            }

            if (inputs.Subjects.Count == 0)
            {
                // The gate fails too (subjects-present): a manifest that attests nothing never lets a deployment through.
                FindingLogger.Log(Log, DiagnosticCatalog.ManifestAttestsNothing, ManifestPath, ManifestPath, "no file found in " + SubjectsFolder());
            }

            AtomicFile.Write(ManifestPath, writer => JsonTextWriter.Write(manifest, writer));
            if (WriteSummary)
            {
                string summary = SpecSummaryFile.Write(ManifestPath, manifest, Environment.GetEnvironmentVariable, out string? stepSummaryNote);
                Log.LogMessage(hasSpecKit ? MessageImportance.Normal : MessageImportance.Low, "SpecConstitution: reviewer summary -> {0}{1}", summary, stepSummaryNote == null ? string.Empty : " (" + stepSummaryNote + ")");
            }

            phases.End("write");
            Log.LogMessage(MessageImportance.Low, "SpecConstitution: WriteDeployManifest phases (ms): {0}", phases);
            // Gate verdicts matter when deploying (or when asked): an ordinary build, or a project with no Spec-Kit tree, stays quiet.
            bool speak = ReportGates && hasSpecKit;
            Log.LogMessage(speak ? MessageImportance.High : hasSpecKit ? MessageImportance.Normal : MessageImportance.Low, "SpecConstitution: deploy manifest -> {0} ({1} of {2} feature(s) owned by this project{3})",
                Path.GetFullPath(ManifestPath), tree.Features.Count, wholeTree.Features.Count, speak ? (gates.Passed ? "; deploy gates passed" : "; deploy gates failed") : string.Empty);
            foreach (GateCheck check in gates.Checks)
            {
                Log.LogMessage(speak && !check.Passed ? MessageImportance.High : MessageImportance.Low, "SpecConstitution: deploy gate '{0}' {1}: {2}",
                    check.Id, !check.Enabled ? "off" : check.Passed ? "passed" : "FAILED", check.Reason);
            }
        }

        /// <summary>Without ValidateSpecs' hand-off (the task called alone): the same check, options and baseline, once.</summary>
        private RootFindings CheckAlone(string root, SpecKitTree tree, RulesFile? rules)
        {
            Log.LogMessage(MessageImportance.Low, "SpecConstitution: no findings from ValidateSpecs for {0} ({1}); checking the specs here.", root, NullIfBlank(FindingsFile) ?? "no FindingsFile");
            IReadOnlyList<Finding> found = SpecChainChecker.Check(tree, rules, SpecCheckOptions.WithVagueWords(VagueWords));
            string baselinePath = NullIfEmpty(BaselineFile) ?? Path.Combine(root, ".specify", SpecBaseline.FileName);
            return RootFindings.Split(found, baselinePath, root, new LineLookup());
        }

        /// <summary>The blast radius against the live manifest; SC5021 when one was named but cannot be read (the radius is then unknown).</summary>
        private SpecConstitution.Reports.BlastRadius.BlastRadiusReport ComputeBlastRadius(JsonObject manifest, DeployGatesConfig gates)
        {
            JsonNode? live = null;
            string? unknown = null;
            if (NullIfBlank(LiveManifest) is string location)
            {
                live = SpecConstitution.Tasks.Deploy.LiveManifestLoader.Load(location, TimeSpan.FromMilliseconds(LiveManifestTimeoutMilliseconds), out string? problem);
                if (live == null)
                {
                    unknown = "the live manifest " + location + " could not be read: " + problem;
                    FindingLogger.Log(Log, DiagnosticCatalog.BlastRadiusUnknown, ManifestPath, unknown);
                }
            }

            return SpecConstitution.Reports.BlastRadius.BlastRadiusCalculator.Compute(manifest, live, unknown, gates.HumanCheckpoint, BlastRadiusUnknownIsRisky);
        }

        private JsonNode? ReadTraceability()
        {
            string? path = NullIfBlank(RequirementCoverageFile);
            if (path == null || !File.Exists(path))
            {
                return null;
            }

            if (!TryReadText(path, out string? text, out string problem))
            {
                WarnUnreadable(path, problem + "; the traceability matrix is left out of the manifest");
                return null;
            }

            if (JsonTextReader.TryParse(text!, out JsonNode? matrix) && matrix is JsonObject)
            {
                return matrix;
            }

            WarnUnreadable(path, "it is not the requirement-coverage JSON; the traceability matrix is left out of the manifest");
            return null;
        }

        /// <summary>SC5001 at the file: an input the manifest reads is not what it should be, and what is left out because of it.</summary>
        private void WarnUnreadable(string path, string consequence)
        {
            FindingLogger.Log(Log, DiagnosticCatalog.ManifestInputUnreadable, path, path, consequence);
        }

        private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        private static string? BuilderVersion()
        {
            var attribute = (AssemblyInformationalVersionAttribute?)Attribute.GetCustomAttribute(typeof(WriteDeployManifest).Assembly, typeof(AssemblyInformationalVersionAttribute));
            string? version = attribute?.InformationalVersion;
            // Drop SourceLink's "+<commit>" suffix: the package version is what identifies the builder.
            int plus = version?.IndexOf('+') ?? -1;
            return plus > 0 ? version!.Substring(0, plus) : version;
        }

        private string SubjectsFolder() => Path.GetFullPath(string.IsNullOrWhiteSpace(SubjectsDirectory) ? ProjectDirectory : SubjectsDirectory);

        /// <summary>The shipped files that are regular files; anything else in the output (a FIFO, a device) is SC5002, never opened.</summary>
        private IReadOnlyList<ManifestSubject> ReadSubjects()
        {
            string baseDirectory = SubjectsFolder();
            var subjects = new List<ManifestSubject>();
            foreach (string path in Subjects
                .Select(item => Path.GetFullPath(item.ItemSpec))
                .Where(File.Exists)
                .Where(path => !string.Equals(path, Path.GetFullPath(ManifestPath), StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal))
            {
                FileKind kind = FileProbe.KindOf(path);
                if (kind != FileKind.Regular)
                {
                    FindingLogger.Log(Log, DiagnosticCatalog.ManifestFileSkipped, path, path, FileProbe.Describe(kind));
                    continue;
                }

                subjects.Add(new ManifestSubject(DeployManifestBuilder.RelativePath(baseDirectory, path), path));
            }

            return subjects;
        }

        /// <summary>A whole text file, opened only when it is a regular file.</summary>
        private static bool TryReadText(string path, out string? text, out string problem)
        {
            text = null;
            if (!FileProbe.TryOpenRegular(path, out FileStream? stream, out problem))
            {
                return false;
            }

            try
            {
                using var reader = new StreamReader(stream!);
                text = reader.ReadToEnd();
                return true;
            }
            catch (Exception ex) when (FileProbe.IsIoFailure(ex))
            {
                problem = ex.Message;
                return false;
            }
        }
    }
}
