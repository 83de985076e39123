using System;
using System.IO;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Json;
using SpecConstitution.SpecKit;

namespace SpecConstitution.Manifest
{
    /// <summary>
    /// Builds spec-manifest.json: an in-toto Statement whose subjects are the shipped files and whose predicate is
    /// the spec chain the build was checked against. No timestamps: the same inputs give the same bytes.
    /// </summary>
    public static class DeployManifestBuilder
    {
        public const string StatementType = "https://in-toto.io/Statement/v1";
        public const string PredicateType = "https://spec-constitution.dev/deploy-manifest/v1";

        public static JsonObject Build(ManifestInputs inputs)
        {
            var subjects = new JsonArray(inputs.Subjects
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => (JsonNode)new JsonObject()
                    .Set("name", s.Name)
                    .Set("digest", new JsonObject().Set("sha256", Sha256.OfFile(s.Path)))));

            var predicate = new JsonObject()
                .Set("source", SourceJson(inputs))
                .Set("constitution", ConstitutionJson(inputs))
                .Set("spec", new JsonObject().Set("features", new JsonArray(inputs.Tree.Features.Select(f => (JsonNode)FeatureJson(f, inputs)))))
                .Set("analysis", inputs.Analysis.ToJson()
                    .Set("specFindings", inputs.SpecFindings.Count)
                    .Set("constitutionFindings", inputs.Analysis.Total + inputs.SpecFindings.Count));

            return new JsonObject()
                .Set("_type", StatementType)
                .Set("subject", subjects)
                .Set("predicateType", PredicateType)
                .Set("predicate", predicate);
        }

        private static JsonObject SourceJson(ManifestInputs inputs) => new JsonObject()
            .Set("repository", inputs.Source.RepositoryUrl)
            .Set("commit", inputs.Source.Commit)
            .Set("branch", inputs.Source.Branch)
            .Set("commitOrigin", inputs.Source.CommitOrigin);

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

        private static JsonObject FeatureJson(FeatureFolder feature, ManifestInputs inputs)
        {
            int openClarifications = (feature.Spec?.Clarifications.Count ?? 0) + (feature.Plan?.Clarifications.Count ?? 0);
            int findings = inputs.SpecFindings.Count(f => f.FilePath.StartsWith(feature.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            return new JsonObject()
                .Set("id", feature.Name)
                .Set("title", feature.Spec?.Title)
                .Set("path", RelativePath(inputs.Tree.RootPath, feature.Path))
                .Set("status", feature.Spec?.Status)
                .Set("documents", new JsonObject()
                    .Set("spec", feature.SpecPath != null)
                    .Set("plan", feature.PlanPath != null)
                    .Set("tasks", feature.TasksPath != null))
                .Set("tasks", new JsonObject()
                    .Set("done", feature.Tasks?.DoneCount ?? 0)
                    .Set("total", feature.Tasks?.Tasks.Count ?? 0))
                .Set("requirements", feature.Spec?.Requirements.Count ?? 0)
                .Set("openClarifications", openClarifications)
                .Set("findings", findings);
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
