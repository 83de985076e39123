using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports
{
    /// <summary>Writes findings as a SARIF 2.1.0 log, the format GitHub code scanning and most CI dashboards read.</summary>
    public static class SarifReport
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public static string Write(IReadOnlyList<Finding> findings, string rootPath, string toolVersion) =>
            Write(findings, Array.Empty<Finding>(), rootPath, toolVersion);

        /// <summary>Reported findings, plus those a baseline suppresses (kept in the log, marked as externally suppressed).</summary>
        public static string Write(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> suppressed, string rootPath, string toolVersion) =>
            JsonTextWriter.Write(Build(findings, suppressed, rootPath, toolVersion));

        /// <summary>The SARIF 2.1.0 log as a JSON tree, for callers that stream it to a file.</summary>
        public static JsonObject Build(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> suppressed, string rootPath, string toolVersion)
        {
            findings = findings.Concat(suppressed).ToArray();
            var suppressedSet = new HashSet<Finding>(suppressed);
            string[] ids = findings.Select(f => f.Id).Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToArray();
            var rules = ids.Select(id =>
            {
                DiagnosticInfo? info = DiagnosticCatalog.Find(id);
                var rule = new JsonObject().Set("id", id);
                if (info != null)
                {
                    rule.Set("name", info.Title).Set("helpUri", info.HelpLink)
                        .Set("shortDescription", new JsonObject().Set("text", info.Title))
                        .Set("defaultConfiguration", new JsonObject().Set("level", Level(info.DefaultSeverity)));
                }

                return (JsonNode)rule;
            });

            var results = findings.Select(f => (JsonNode)WithSuppression(new JsonObject()
                .Set("ruleId", f.Id)
                .Set("ruleIndex", Array.IndexOf(ids, f.Id))
                .Set("level", Level(f.Severity))
                .Set("message", new JsonObject().Set("text", f.Message))
                .Set("locations", new JsonArray(new JsonNode[]
                {
                    new JsonObject().Set("physicalLocation", new JsonObject()
                        .Set("artifactLocation", new JsonObject().Set("uri", SpecBaseline.RelativePath(rootPath, f.FilePath)).Set("uriBaseId", "SRCROOT"))
                        .Set("region", Region(f))),
                })), suppressedSet.Contains(f)));

            var run = new JsonObject()
                .Set("tool", new JsonObject().Set("driver", new JsonObject()
                    .Set("name", "SpecConstitution")
                    .Set("version", toolVersion)
                    .Set("informationUri", "https://github.com/spec-constitution/SpecConstitution")
                    .Set("rules", new JsonArray(rules))))
                .Set("originalUriBaseIds", new JsonObject().Set("SRCROOT", new JsonObject().Set("uri", ToFileUri(rootPath))))
                .Set("results", new JsonArray(results));

            return new JsonObject()
                .Set("$schema", SchemaUri)
                .Set("version", "2.1.0")
                .Set("runs", new JsonArray(new JsonNode[] { run }));
        }

        private static JsonObject WithSuppression(JsonObject result, bool suppressed) =>
            suppressed ? result.Set("suppressions", new JsonArray(new JsonNode[] { new JsonObject().Set("kind", "external").Set("justification", "in .specify/" + SpecBaseline.FileName) })) : result;

        private static JsonObject Region(Finding f)
        {
            var region = new JsonObject().Set("startLine", f.Range.Line).Set("startColumn", f.Range.Column);
            if (f.Range.EndLine > f.Range.Line || f.Range.EndColumn > f.Range.Column)
            {
                region.Set("endLine", f.Range.EndLine).Set("endColumn", f.Range.EndColumn);
            }

            return region;
        }

        private static string Level(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            FindingSeverity.Info => "note",
            _ => "none",
        };

        private static string ToFileUri(string rootPath)
        {
            string path = rootPath.Replace('\\', '/').TrimEnd('/') + "/";
            return path.StartsWith("/", StringComparison.Ordinal) ? "file://" + path : "file:///" + path;
        }
    }
}
