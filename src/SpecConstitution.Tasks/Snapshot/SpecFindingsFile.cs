using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Tasks.Snapshot
{
    /// <summary>
    /// spec-findings.json in the intermediate folder: the hand-off from ValidateSpecs to the manifest. It holds what
    /// this project reported (<c>findings</c>, as before) and, for the whole Spec-Kit root, what the build reported and
    /// what the baseline accepted (<c>tree</c>). A file lives across builds, so it also serves the incremental build in
    /// which ValidateSpecs is skipped (its inputs unchanged) while the manifest is rewritten (new binaries).
    /// </summary>
    internal static class SpecFindingsFile
    {
        /// <summary>2: <c>tree.reported</c> and <c>tree.baselined</c> added; a file without it is not a hand-off.</summary>
        public const int Version = 2;

        public static void Write(string path, string? root, IReadOnlyList<Finding> projectFindings, RootFindings? tree)
        {
            var json = new JsonObject()
                .Set("version", Version)
                .Set("root", root)
                .Set("findings", ToJson(projectFindings));
            if (tree != null)
            {
                json.Set("tree", new JsonObject().Set("reported", ToJson(tree.Reported)).Set("baselined", ToJson(tree.Baselined)));
            }

            AtomicFile.Write(path, writer => JsonTextWriter.Write(json, writer));
        }

        /// <summary>The root's findings as the build judged them, or null when the file is absent, of another root or version, or unreadable.</summary>
        public static RootFindings? TryRead(string? path, string root)
        {
            if (string.IsNullOrWhiteSpace(path) || !File.Exists(path) || !SpecFileReader.TryRead(path!, out SourceFile? file, out _) ||
                !JsonTextReader.TryParse(file!.Text, out JsonNode? json) || json?["version"]?.AsInteger() != Version ||
                !string.Equals(json["root"]?.AsString(), root, StringComparison.Ordinal) || !(json["tree"] is JsonObject tree))
            {
                return null;
            }

            IReadOnlyList<Finding>? reported = FromJson(tree["reported"]);
            IReadOnlyList<Finding>? baselined = FromJson(tree["baselined"]);
            return reported == null || baselined == null ? null : new RootFindings(reported, baselined);
        }

        private static JsonArray ToJson(IEnumerable<Finding> findings) => new JsonArray(findings.Select(f => (JsonNode)new JsonObject()
            .Set("id", f.Id)
            .Set("severity", f.Severity.ToName())
            .Set("message", f.Message)
            .Set("file", f.FilePath)
            .Set("line", f.Range.Line)
            .Set("column", f.Range.Column)
            .Set("endLine", f.Range.EndLine)
            .Set("endColumn", f.Range.EndColumn)));

        private static IReadOnlyList<Finding>? FromJson(JsonNode? node)
        {
            if (!(node is JsonArray array))
            {
                return null;
            }

            var findings = new List<Finding>(array.Items.Count);
            foreach (JsonNode item in array.Items)
            {
                string? id = item["id"]?.AsString(), message = item["message"]?.AsString(), file = item["file"]?.AsString();
                long? line = item["line"]?.AsInteger(), column = item["column"]?.AsInteger(), endLine = item["endLine"]?.AsInteger(), endColumn = item["endColumn"]?.AsInteger();
                if (id == null || message == null || file == null || line == null || column == null || endLine == null || endColumn == null ||
                    !FindingSeverityNames.TryParse(item["severity"]?.AsString(), out FindingSeverity severity))
                {
                    return null;
                }

                findings.Add(new Finding(id, severity, message, file, new TextRange((int)line, (int)column, (int)endLine, (int)endColumn)));
            }

            return findings;
        }
    }
}
