using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Hashing;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports
{
    /// <summary>
    /// .specify/spec-baseline.json: findings an existing repository accepts for now. Each entry is an ID, a file relative
    /// to the Spec-Kit root and a fingerprint of the finding's text and of the line it sits on, not its line number:
    /// inserting lines above keeps it suppressed, editing the offending line brings it back.
    /// </summary>
    public sealed class SpecBaseline
    {
        public const string FileName = "spec-baseline.json";

        private readonly Dictionary<string, int> _counts;

        private SpecBaseline(Dictionary<string, int> counts)
        {
            _counts = counts;
        }

        public static SpecBaseline Empty { get; } = new SpecBaseline(new Dictionary<string, int>());

        public int Count => _counts.Values.Sum();

        /// <summary>Reads a baseline file's text; malformed content yields an empty baseline (nothing suppressed), never an exception.</summary>
        public static SpecBaseline Parse(string json)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!JsonTextReader.TryParse(json, out JsonNode? root) || !(root?["findings"] is JsonArray entries))
            {
                return Empty;
            }

            foreach (JsonNode entry in entries.Items)
            {
                string? id = entry["id"]?.AsString(), file = entry["file"]?.AsString(), fingerprint = entry["fingerprint"]?.AsString();
                if (id != null && file != null && fingerprint != null)
                {
                    string key = Key(id, file, fingerprint);
                    counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
                }
            }

            return new SpecBaseline(counts);
        }

        /// <summary>The baseline file's content for these findings: sorted, so re-writing an unchanged baseline changes no byte.</summary>
        public static string Write(IEnumerable<Finding> findings, string rootPath, Func<string, int, string?> lineText)
        {
            var entries = findings
                .Select(f => Entry(f, rootPath, lineText))
                .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
                .Select(e => (JsonNode)new JsonObject().Set("id", e.Id).Set("file", e.File).Set("fingerprint", e.Fingerprint));
            return JsonTextWriter.Write(new JsonObject().Set("version", 1).Set("findings", new JsonArray(entries)));
        }

        /// <summary>The findings the baseline does not cover (each entry suppresses one occurrence).</summary>
        public IReadOnlyList<Finding> Filter(IReadOnlyList<Finding> findings, string rootPath, Func<string, int, string?> lineText)
        {
            if (_counts.Count == 0)
            {
                return findings;
            }

            var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
            var kept = new List<Finding>();
            foreach (Finding finding in findings)
            {
                (string id, string file, string fingerprint) = Entry(finding, rootPath, lineText);
                string key = Key(id, file, fingerprint);
                if (remaining.TryGetValue(key, out int n) && n > 0)
                {
                    remaining[key] = n - 1;
                }
                else
                {
                    kept.Add(finding);
                }
            }

            return kept;
        }

        public static string Fingerprint(Finding finding, string relativeFile, string? line) =>
            Sha256.OfText(finding.Id + "\n" + relativeFile + "\n" + Normalize(line) + "\n" + finding.Message).Substring(0, 32);

        private static (string Id, string File, string Fingerprint) Entry(Finding finding, string rootPath, Func<string, int, string?> lineText)
        {
            string relative = RelativePath(rootPath, finding.FilePath);
            return (finding.Id, relative, Fingerprint(finding, relative, lineText(finding.FilePath, finding.Range.Line)));
        }

        /// <summary>Forward slashes, relative to the root: the same baseline works on Windows, Linux and in CI checkouts elsewhere.</summary>
        public static string RelativePath(string rootPath, string filePath)
        {
            string root = rootPath.Replace('\\', '/').TrimEnd('/') + "/";
            string file = filePath.Replace('\\', '/');
            return file.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? file.Substring(root.Length) : file;
        }

        private static string Normalize(string? line) => string.Join(" ", (line ?? string.Empty).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));

        private static string Key(string id, string file, string fingerprint) => id + "|" + file + "|" + fingerprint;
    }
}
