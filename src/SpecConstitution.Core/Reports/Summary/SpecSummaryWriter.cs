using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.BlastRadius;

namespace SpecConstitution.Reports.Summary
{
    /// <summary>
    /// spec-summary.md: what a reviewer reads before approving a deployment, written from the manifest alone (features,
    /// requirement coverage, findings by ID, gates, the blast radius change by change, and how to approve this digest).
    /// Kept under <see cref="MaxBytes"/>: long lists are cut with a note, since GitHub refuses a step summary over 1 MiB.
    /// </summary>
    public static class SpecSummaryWriter
    {
        public const string FileName = "spec-summary.md";

        /// <summary>GitHub Actions' limit for one step summary is 1 MiB; the summary stays well below it.</summary>
        public const int MaxBytes = 512 * 1024;

        /// <summary>Rows per table before the rest is summarized in one line.</summary>
        public const int MaxRows = 200;

        public static string Write(JsonNode manifest, string manifestSha256, string manifestName)
        {
            JsonNode? predicate = manifest["predicate"];
            var text = new StringBuilder();
            string? commit = predicate?["source"]?["commit"]?.AsString();
            text.Append("## SpecConstitution: ").Append(Cell(predicate?["buildDefinition"]?["externalParameters"]?["project"]?.AsString() ?? manifestName))
                .Append(" at `").Append(commit == null ? "unknown commit" : commit.Length > 12 ? commit.Substring(0, 12) : commit).Append("`\n\n");
            text.Append("Manifest `").Append(manifestName).Append("`, sha256 `").Append(manifestSha256).Append("`\n\n");

            BlastRadiusReport? radius = BlastRadiusReport.FromManifest(manifest);
            WriteBlastRadius(text, radius);
            WriteApproval(text, radius, manifestSha256);
            WriteGates(text, predicate?["gates"]);
            WriteFeatures(text, predicate?["spec"]?["features"] as JsonArray);
            WriteFindings(text, predicate?["analysis"]);
            WriteEndpoints(text, predicate?["endpoints"] as JsonArray);
            return Bounded(text.ToString());
        }

        private static void WriteBlastRadius(StringBuilder text, BlastRadiusReport? radius)
        {
            text.Append("### Blast radius\n\n");
            if (radius == null)
            {
                text.Append("Not computed.\n\n");
                return;
            }

            if (!radius.IsKnown)
            {
                text.Append("**Unknown**: ").Append(Text(radius.UnknownReason!)).Append(radius.UnknownIsRisky ? " (counted as risky: SpecConstitutionBlastRadiusUnknownIsRisky=true)" : " (not counted as risky)").Append("\n\n");
                return;
            }

            text.Append("Against the live commit `").Append(radius.Against ?? "unknown").Append("`: ");
            if (radius.Changes.Count == 0)
            {
                text.Append("no change.\n\n");
                return;
            }

            text.Append(radius.Changes.Count.ToString(CultureInfo.InvariantCulture)).Append(" change(s), ")
                .Append(radius.Changes.Count(c => c.NeedsPerson).ToString(CultureInfo.InvariantCulture)).Append(" needing a person.\n\n");
            text.Append("| Needs a person | Kind | Concerns | Detail |\n|---|---|---|---|\n");
            Rows(text, radius.Changes, c => "| " + (c.NeedsPerson ? "**yes**" : "no") + " | `" + c.Kind + "` | `" + Cell(c.Subject) + "` | " + Cell(c.Detail) + " |");
        }

        private static void WriteApproval(StringBuilder text, BlastRadiusReport? radius, string sha256)
        {
            text.Append("### How to approve\n\n");
            if (radius == null || radius.NeedingPerson.Count == 0)
            {
                text.Append("No change of a checkpoint kind (").Append(radius == null ? "none computed" : string.Join(", ", radius.CheckpointKinds.Select(k => "`" + k + "`")))
                    .Append("): this manifest deploys without an approval.\n\n");
                return;
            }

            text.Append("The deployment waits for a person. A reviewer who accepts the changes above approves exactly this manifest:\n\n")
                .Append("```\n-p:SpecConstitutionApproval=").Append(sha256).Append("\n```\n\n")
                .Append("Any later change gives a new manifest and a new digest, and the approval no longer applies.\n\n");
        }

        private static void WriteGates(StringBuilder text, JsonNode? gates)
        {
            text.Append("### Gates\n\n");
            if (!(gates?["checks"] is JsonArray checks))
            {
                text.Append("None recorded.\n\n");
                return;
            }

            text.Append(gates["passed"]?.AsBoolean() == true ? "All enabled gates passed.\n\n" : "**A gate failed.**\n\n");
            text.Append("| Gate | Result | Reason |\n|---|---|---|\n");
            Rows(text, checks.Items, c => "| `" + Cell(c["id"]?.AsString() ?? "?") + "` | "
                + (c["enabled"]?.AsBoolean() == false ? "off" : c["passed"]?.AsBoolean() == true ? "passed" : "**failed**") + " | " + Text(c["reason"]?.AsString() ?? string.Empty) + " |");
        }

        private static void WriteFeatures(StringBuilder text, JsonArray? features)
        {
            text.Append("### Features and requirement coverage\n\n");
            if (features == null || features.Items.Count == 0)
            {
                text.Append("No feature is owned by this project.\n\n");
                return;
            }

            text.Append("| Feature | Status | Tasks done | Open clarifications | Requirements covered by tasks | Findings |\n|---|---|---|---|---|---|\n");
            Rows(text, features.Items, f => "| `" + Cell(f["id"]?.AsString() ?? "?") + "` | " + Text(f["status"]?.AsString() ?? "(none)") + " | "
                + Number(f["tasks"]?["done"]) + "/" + Number(f["tasks"]?["total"]) + " | " + Number(f["openClarifications"]) + " | "
                + Number(f["requirements"]?["covered"]) + "/" + Number(f["requirements"]?["total"]) + " | " + Number(f["findings"]) + " |");
        }

        private static void WriteFindings(StringBuilder text, JsonNode? analysis)
        {
            text.Append("### Findings by ID\n\n");
            var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonNode? map in new[] { analysis?["findings"], analysis?["specFindings"] })
            {
                if (map is JsonObject byId)
                {
                    foreach (KeyValuePair<string, JsonNode> id in byId.Properties)
                    {
                        string levels = id.Value is JsonObject counts ? string.Join(", ", counts.Properties.Select(l => Number(l.Value) + " " + l.Key)) : "?";
                        rows[id.Key] = rows.TryGetValue(id.Key, out string? earlier) ? earlier + ", " + levels : levels;
                    }
                }
            }

            if (rows.Count == 0)
            {
                text.Append("None.\n\n");
                return;
            }

            text.Append("| ID | Count |\n|---|---|\n");
            Rows(text, rows.ToArray(), r => "| [" + r.Key + "](" + Diagnostics.DiagnosticCatalog.HelpLinkBase + r.Key + ".md) | " + r.Value + " |");
        }

        private static void WriteEndpoints(StringBuilder text, JsonArray? endpoints)
        {
            text.Append("### Endpoints\n\n");
            if (endpoints == null || endpoints.Items.Count == 0)
            {
                text.Append(endpoints == null ? "No endpoint inventory in this manifest.\n\n" : "The compilation maps no endpoint.\n\n");
                return;
            }

            text.Append("| Methods | Route | Authorization | Rate limiting | Handler |\n|---|---|---|---|---|\n");
            Rows(text, endpoints.Items, e => "| " + Text(string.Join(",", (e["methods"] as JsonArray)?.Items.Select(m => m.AsString()) ?? new string[0])) + " | `"
                + Cell(e["route"]?.AsString() ?? "?") + "` | " + Text(e["authorization"]?.AsString() ?? "?") + " | " + Text(e["rateLimiting"]?.AsString() ?? "?") + " | "
                + Text(e["handler"]?.AsString() ?? string.Empty) + " |");
        }

        private static void Rows<T>(StringBuilder text, IReadOnlyList<T> items, Func<T, string> row)
        {
            foreach (T item in items.Take(MaxRows))
            {
                text.Append(row(item)).Append('\n');
            }

            if (items.Count > MaxRows)
            {
                text.Append("\n… and ").Append((items.Count - MaxRows).ToString(CultureInfo.InvariantCulture)).Append(" more (see the manifest).\n");
            }

            text.Append('\n');
        }

        private static string Number(JsonNode? node) => node?.AsInteger()?.ToString(CultureInfo.InvariantCulture) ?? "?";

        /// <summary>A table cell: no pipe or line break can end the row early, and backticks cannot open code.</summary>
        private static string Cell(string value) => value.Replace("\\", "\\\\").Replace("|", "\\|").Replace("`", "'").Replace("\r", " ").Replace("\n", " ");

        /// <summary>A table cell outside a code span: GitHub would read "&lt;top-level&gt;" as an HTML tag and drop it.</summary>
        private static string Text(string value) => Cell(value).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>Cuts at a line boundary below <see cref="MaxBytes"/> (UTF-8) and says so.</summary>
        private static string Bounded(string text)
        {
            if (Encoding.UTF8.GetByteCount(text) <= MaxBytes)
            {
                return text;
            }

            const string note = "\n\n… (cut: the summary is limited to 512 KiB; the manifest holds everything)\n";
            int cut = Math.Min(text.Length, MaxBytes / 4);
            int line = text.LastIndexOf('\n', cut - 1);
            return text.Substring(0, line > 0 ? line : cut) + note;
        }
    }
}
