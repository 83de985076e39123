using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Hashing;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Reports.Gates;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>
    /// Builds spec-manifest.json: an in-toto Statement v1 whose subjects are the shipped files and whose predicate
    /// holds an SLSA Provenance v1-shaped build part plus the spec chain the build was checked against and the
    /// deploy gates. Keys are sorted and nothing varies between two builds of one commit except
    /// runDetails.metadata, which is empty unless a run URL or timestamps are asked for.
    /// </summary>
    public static class DeployManifestBuilder
    {
        public const string StatementType = "https://in-toto.io/Statement/v1";
        public const string PredicateType = "https://spec-constitution.dev/deploy-manifest/v1";
        public const string BuildType = "https://spec-constitution.dev/build/msbuild/v1";
        public const string BuilderId = "https://spec-constitution.dev/builder/msbuild";

        /// <param name="problems">Receives SC5002 for each file of a feature folder the digest had to leave out.</param>
        public static JsonObject Build(ManifestInputs inputs, GateVerdict gates, ICollection<Finding>? problems = null)
        {
            var subjects = new JsonArray(inputs.Subjects
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => (JsonNode)new JsonObject()
                    .Set("name", s.Name)
                    .Set("digest", new JsonObject().Set("sha256", Sha256.OfFile(s.Path)))));

            IReadOnlyList<RequirementCoverage> coverage = CoverageMatrix.Build(inputs.Tree);
            var predicate = new JsonObject()
                .Set("buildDefinition", BuildDefinitionJson(inputs))
                .Set("runDetails", RunDetailsJson(inputs))
                .Set("source", SourceJson(inputs))
                .Set("constitution", ConstitutionJson(inputs))
                .Set("spec", SpecJson(inputs, coverage, problems))
                .Set("analysis", AnalysisJson(inputs))
                .Set("gates", gates.ToJson());

            return new JsonObject()
                .Set("_type", StatementType)
                .Set("subject", subjects)
                .Set("predicateType", PredicateType)
                .Set("predicate", predicate);
        }

        private static JsonObject SpecJson(ManifestInputs inputs, IReadOnlyList<RequirementCoverage> coverage, ICollection<Finding>? problems)
        {
            FeatureFolder[] features = inputs.Tree.Features.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
            // Every file of every folder is read and hashed: on the thread pool when there are many (ordered, same output).
            (string Digest, List<Finding> Problems)[] folders = FeatureParallelism.SelectInOrder(features, f =>
            {
                var found = new List<Finding>();
                return (FeatureFolderDigest.Compute(f.Path, found), found);
            });
            string[] digests = folders.Select(f => f.Digest).ToArray();
            foreach (Finding problem in folders.SelectMany(f => f.Problems))
            {
                problems?.Add(problem);
            }
            Dictionary<string, int> findings = FindingsPerFolder(features, inputs.SpecFindings);
            Dictionary<string, int[]> rows = CoveragePerFeature(coverage);
            var spec = new JsonObject().Set("features", new JsonArray(features.Select((f, i) => (JsonNode)FeatureJson(f, digests[i], findings, rows, inputs))));
            if (inputs.Traceability != null)
            {
                // Which code and which tests cite each requirement: what a reviewer of the deployment asks first.
                spec.Set("traceability", inputs.Traceability);
            }

            return spec;
        }

        private static JsonObject BuildDefinitionJson(ManifestInputs inputs)
        {
            BuildParameters build = inputs.Build;
            var dependencies = new JsonArray();
            if (inputs.Source.Commit != null)
            {
                dependencies.Add(new JsonObject()
                    .Set("name", "source")
                    .Set("uri", inputs.Source.RepositoryUrl == null
                        ? "git:" + inputs.Source.Commit
                        : "git+" + inputs.Source.RepositoryUrl + (inputs.Source.Branch != null ? "@refs/heads/" + inputs.Source.Branch : string.Empty))
                    .Set("digest", new JsonObject().Set("gitCommit", inputs.Source.Commit)));
            }

            ConstitutionDocument? constitution = inputs.Tree.Constitution;
            if (constitution != null)
            {
                dependencies.Add(new JsonObject()
                    .Set("name", "constitution")
                    .Set("uri", RelativePath(inputs.Tree.RootPath, constitution.File.Path))
                    .Set("digest", new JsonObject().Set("sha256", Sha256.OfText(constitution.File.Text))));
            }

            if (inputs.Rules != null && File.Exists(inputs.Rules.Path))
            {
                dependencies.Add(new JsonObject()
                    .Set("name", "rules")
                    .Set("uri", RelativePath(inputs.Tree.RootPath, inputs.Rules.Path))
                    .Set("digest", new JsonObject().Set("sha256", Sha256.OfFile(inputs.Rules.Path))));
            }

            return new JsonObject()
                .Set("buildType", BuildType)
                .Set("externalParameters", new JsonObject()
                    .Set("project", build.Project)
                    .Set("configuration", build.Configuration)
                    .Set("targetFramework", build.TargetFramework)
                    .Set("stage", build.Stage)
                    .Set("source", new JsonObject()
                        .Set("repository", inputs.Source.RepositoryUrl)
                        .Set("ref", inputs.Source.Branch)))
                .Set("internalParameters", new JsonObject()
                    .Set("commitOrigin", inputs.Source.CommitOrigin))
                .Set("resolvedDependencies", dependencies);
        }

        private static JsonObject RunDetailsJson(ManifestInputs inputs)
        {
            var builder = new JsonObject().Set("id", BuilderId);
            if (inputs.Build.BuilderVersion != null)
            {
                builder.Set("version", new JsonObject().Set("SpecConstitution", inputs.Build.BuilderVersion));
            }

            // The only place a run-specific fact may appear, and only when there is one.
            var metadata = new JsonObject();
            if (inputs.Source.RunUrl != null)
            {
                metadata.Set("invocationId", inputs.Source.RunUrl);
            }

            if (inputs.Build.FinishedOn != null)
            {
                metadata.Set("finishedOn", inputs.Build.FinishedOn);
            }

            return new JsonObject().Set("builder", builder).Set("metadata", metadata);
        }

        private static JsonObject SourceJson(ManifestInputs inputs)
        {
            var source = new JsonObject()
                .Set("repository", inputs.Source.RepositoryUrl)
                .Set("commit", inputs.Source.Commit)
                .Set("branch", inputs.Source.Branch)
                .Set("commitOrigin", inputs.Source.CommitOrigin)
                .Set("ci", inputs.Source.CiSystem);
            return inputs.Source.Dirty.HasValue ? source.Set("dirty", inputs.Source.Dirty.Value) : source.Set("dirty", JsonNode.Null);
        }

        private static JsonObject ConstitutionJson(ManifestInputs inputs)
        {
            ConstitutionDocument? constitution = inputs.Tree.Constitution;
            return new JsonObject()
                .Set("path", constitution == null ? null : RelativePath(inputs.Tree.RootPath, constitution.File.Path))
                .Set("version", constitution?.Version)
                .Set("ratified", constitution?.Ratified)
                .Set("lastAmended", constitution?.LastAmended)
                .Set("sha256", constitution == null ? null : Sha256.OfText(constitution.File.Text))
                .Set("rulesVersion", inputs.Rules?.ConstitutionVersion)
                .Set("rules", inputs.Rules?.Rules.Count ?? 0);
        }

        private static JsonObject FeatureJson(FeatureFolder feature, string digest, Dictionary<string, int> findings, Dictionary<string, int[]> coverage, ManifestInputs inputs)
        {
            int openClarifications = (feature.Spec?.Clarifications.Count ?? 0) + (feature.Plan?.Clarifications.Count ?? 0);
            findings.TryGetValue(feature.Path, out int findingCount);
            int[] rows = coverage.TryGetValue(feature.Name, out int[]? counted) ? counted : new int[3];
            return new JsonObject()
                .Set("id", feature.Name)
                .Set("title", feature.Spec?.Title)
                .Set("path", RelativePath(inputs.Tree.RootPath, feature.Path))
                .Set("digest", new JsonObject().Set("sha256", digest))
                .Set("status", feature.Spec?.Status)
                .Set("documents", new JsonObject()
                    .Set("spec", feature.SpecPath != null)
                    .Set("plan", feature.PlanPath != null)
                    .Set("tasks", feature.TasksPath != null))
                .Set("tasks", new JsonObject()
                    .Set("done", feature.Tasks?.DoneCount ?? 0)
                    .Set("total", feature.Tasks?.Tasks.Count ?? 0))
                .Set("requirements", new JsonObject()
                    .Set("total", rows[0])
                    .Set("covered", rows[1])
                    .Set("done", rows[2]))
                .Set("openClarifications", openClarifications)
                .Set("findings", findingCount);
        }

        /// <summary>
        /// Per feature folder, the spec findings in files under it, in one pass over the findings: each feature
        /// scanning all of them (and all coverage rows, below) was quadratic, 12 million comparisons at 1,000 features.
        /// </summary>
        private static Dictionary<string, int> FindingsPerFolder(IReadOnlyList<FeatureFolder> features, IReadOnlyList<Finding> findings)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (FeatureFolder feature in features)
            {
                counts[feature.Path] = 0;
            }

            foreach (Finding finding in findings)
            {
                // Under a folder: the folder's path, then a separator, starts the file's path.
                string file = finding.FilePath;
                for (int at = file.IndexOf(Path.DirectorySeparatorChar); at >= 0; at = file.IndexOf(Path.DirectorySeparatorChar, at + 1))
                {
                    string folder = file.Substring(0, at);
                    if (counts.TryGetValue(folder, out int count))
                    {
                        counts[folder] = count + 1;
                    }
                }
            }

            return counts;
        }

        /// <summary>Per feature name: its coverage rows, how many are covered and how many done.</summary>
        private static Dictionary<string, int[]> CoveragePerFeature(IReadOnlyList<RequirementCoverage> coverage)
        {
            var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (RequirementCoverage row in coverage)
            {
                if (!counts.TryGetValue(row.Feature, out int[]? count))
                {
                    counts[row.Feature] = count = new int[3];
                }

                count[0]++;
                count[1] += row.TaskIds.Count > 0 ? 1 : 0;
                count[2] += row.IsDone ? 1 : 0;
            }

            return counts;
        }

        private static JsonObject AnalysisJson(ManifestInputs inputs)
        {
            AnalysisSummary spec = Counted(inputs.SpecFindings);
            // Accepted by the baseline: recorded, apart, and in neither total nor errors (no gate judges them).
            AnalysisSummary accepted = Counted(inputs.BaselinedFindings);
            JsonObject baselined = new JsonObject().Set("findings", accepted.ToJson().Get("findings")!).Set("total", accepted.Total);

            // total and errors count both maps (analyzers and spec chain) alike: "total": 0 beside "errors": 1 meant the
            // total counted the analyzers only while errors counted spec-chain errors too.
            return inputs.Analysis.ToJson()
                .Set("baselined", baselined)
                .Set("specFindings", spec.ToJson().Get("findings")!)
                .Set("total", inputs.Analysis.Total + spec.Total)
                .Set("errors", inputs.Analysis.CountAtLevel("error") + spec.CountAtLevel("error"))
                .Set("constitutionFindings", inputs.Analysis.Total + inputs.SpecFindings.Count);
        }

        private static AnalysisSummary Counted(IEnumerable<Finding> findings)
        {
            var summary = new AnalysisSummary();
            foreach (Finding finding in findings)
            {
                // SARIF's level names, so both maps read alike.
                summary.Add(finding.Id, finding.Severity == FindingSeverity.Info ? "note" : finding.Severity.ToName());
            }

            return summary;
        }

        public static string RelativePath(string root, string path)
        {
            string fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            string fullPath = Path.GetFullPath(path);
            string relative = fullPath.StartsWith(fullRoot, StringComparison.Ordinal) ? fullPath.Substring(fullRoot.Length) : fullPath;
            return relative.Replace('\\', '/');
        }
    }
}
