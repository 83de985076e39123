using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Citations;
using SpecConstitution.Reports;

namespace SpecConstitution.Tasks.ProjectRules
{
    /// <summary>
    /// Requirement traceability across the solution: gathers the citations of every project (tests included), writes
    /// requirement-coverage.json and requirement-coverage.md, and reports the <c>requirement-coverage</c> rule's gaps
    /// (SC1040, at the requirement in spec.md). <see cref="GatePassed"/> is the deploy gate.
    /// </summary>
    public sealed class ReportRequirementCoverage : SpecKitTaskBase
    {
        [Required]
        public string ProjectFile { get; set; } = string.Empty;

        public string? SolutionPath { get; set; }

        /// <summary>The project's feature, for unqualified IDs (SpecConstitutionFeature).</summary>
        public string? ProjectFeature { get; set; }

        /// <summary>The features this project claims (the SpecConstitutionFeature items and property), semicolon-separated.</summary>
        public string? ClaimedFeatures { get; set; }

        /// <summary>The project's analyzer config files (.editorconfig sections apply too, found by walking up from the project).</summary>
        public string? EditorConfigFiles { get; set; }

        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        [Output]
        public bool GatePassed { get; set; } = true;

        [Output]
        public string? ReportFile { get; set; }

        [Output]
        public string? MatrixFile { get; set; }

        /// <summary>SC1040's rule page at this version's docs, for the deploy gate's error in the targets.</summary>
        [Output]
        public string GateHelpLink => DiagnosticCatalog.RequirementNotTraced.HelpLink;

        protected override void ExecuteCore()
        {
            string? root = ResolveRoot();
            if (root == null)
            {
                return;
            }

            RulesFile? rules = LoadRules(root);
            if (rules == null || !rules.OfKind(RuleKinds.RequirementCoverage).Any())
            {
                Log.LogMessage(MessageImportance.Low, "SpecConstitution: no requirement-coverage rule; requirement coverage not computed.");
                return;
            }

            SpecKitTree wholeTree = LoadTree(root);
            // Gaps are the owner's to answer for: a project reports and gates only the features it owns.
            SpecKitTree tree = wholeTree.WithFeatures(InferOwnership(wholeTree, ProjectFile, ClaimedFeatures, false, SolutionPath).FeaturesOf(ProjectFile));
            var citations = new List<SourceCitation>();
            foreach (string project in SolutionSources.Projects(SolutionPath, ProjectFile, root))
            {
                bool isTest = SolutionSources.IsTestProject(project);
                foreach (string file in SolutionSources.CSharpFiles(project))
                {
                    citations.AddRange(CitationScanner.Scan(file, File.ReadAllText(file), isTest));
                }
            }

            TraceabilityMatrix matrix = TraceabilityMatrix.Build(tree, citations, string.IsNullOrWhiteSpace(ProjectFeature) ? null : ProjectFeature!.Trim(), rules);
            // SC1040 behaves like every other ID: spec-checks severities, .editorconfig's dotnet_diagnostic severity, and
            // a SARIF log (beside the matrix) the manifest counts.
            IReadOnlyList<Finding> gaps = RequirementGapSeverity.Apply(matrix.Gaps, rules, ProjectDirectory, EditorConfigFiles);
            foreach (Finding gap in gaps)
            {
                FindingLogger.Log(Log, gap);
            }

            MatrixFile = Path.Combine(OutputDirectory, "requirement-coverage.json");
            SpecReportWriter.WriteSarif(Path.ChangeExtension(MatrixFile, ".sarif"), gaps.Where(g => g.Severity != FindingSeverity.None).ToArray(), Array.Empty<Finding>(), root);
            ReportFile = Path.Combine(OutputDirectory, "requirement-coverage.md");
            AtomicFile.WriteIfChanged(MatrixFile, JsonTextWriter.Write(matrix.ToJson())); // an input of the manifest target
            AtomicFile.WriteIfChanged(ReportFile, matrix.ToMarkdown());
            // The gate is the rule's (severity: none on the rule turns it off); spec-checks and .editorconfig change how gaps are reported.
            GatePassed = matrix.GatePassed;
            Log.LogMessage(MessageImportance.Normal, "SpecConstitution: {0} requirement(s), {1} citation(s), gate {2}; report {3}",
                matrix.Rows.Count, citations.Count, GatePassed ? "passed" : "failed", ReportFile);
        }
    }
}
