using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SpecConstitution.Checking;
using SpecConstitution.Diagnostics;
using SpecConstitution.Json;
using SpecConstitution.Manifest;
using SpecConstitution.Rules;
using SpecConstitution.Source;
using SpecConstitution.SpecKit;

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

        protected override void ExecuteCore()
        {
            string root = ResolveRoot() ?? ProjectDirectory;
            SpecKitTree tree = LoadTree(root);
            RulesFile? rules = LoadRules(root);
            IReadOnlyList<Finding> specFindings = SpecChainChecker.Check(tree, rules);

            var analysis = new AnalysisSummary();
            string? sarifPath = ErrorLog?.Split(',')[0].Trim();
            if (!string.IsNullOrEmpty(sarifPath) && File.Exists(sarifPath))
            {
                if (!analysis.AddSarif(File.ReadAllText(sarifPath)))
                {
                    var info = DiagnosticCatalog.ManifestInputUnreadable;
                    Log.LogWarning(FindingLogger.Subcategory, info.Id, null, info.HelpLink, sarifPath, 0, 0, 0, 0,
                        string.Format(System.Globalization.CultureInfo.InvariantCulture, info.MessageFormat, sarifPath, "it is not a SARIF log; analyzer findings are not counted"));
                }
            }

            SourceInfo source = SourceInfoResolver.Resolve(SourceRevisionId, RepositoryUrl, ProjectDirectory, Environment.GetEnvironmentVariable);
            var inputs = new ManifestInputs(tree, rules, specFindings, analysis, source, ReadSubjects());
            AtomicFile.WriteAllText(ManifestPath, JsonTextWriter.Write(DeployManifestBuilder.Build(inputs)));
            Log.LogMessage(MessageImportance.High, "SpecConstitution: deploy manifest -> {0}", Path.GetFullPath(ManifestPath));
        }

        private IReadOnlyList<ManifestSubject> ReadSubjects()
        {
            string baseDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(SubjectsDirectory) ? ProjectDirectory : SubjectsDirectory);
            return Subjects
                .Select(item => Path.GetFullPath(item.ItemSpec))
                .Where(File.Exists)
                .Where(path => !string.Equals(path, Path.GetFullPath(ManifestPath), StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Select(path => new ManifestSubject(DeployManifestBuilder.RelativePath(baseDirectory, path), path))
                .ToArray();
        }
    }
}
