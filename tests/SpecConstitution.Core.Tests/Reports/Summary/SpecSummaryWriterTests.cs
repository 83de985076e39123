using System.Text;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.BlastRadius;
using SpecConstitution.Reports.Summary;

namespace SpecConstitution.Core.Tests.Reports.Summary;

/// <summary>spec-summary.md from a manifest: every section, table cells that cannot break the table, and the size bound.</summary>
public sealed class SpecSummaryWriterTests
{
    private const string Digest = "5f1c0000000000000000000000000000000000000000000000000000000000aa";

    [Fact]
    public void Names_each_change_the_digest_to_approve_features_findings_gates_and_endpoints()
    {
        string summary = SpecSummaryWriter.Write(Manifest(1, [new BlastRadiusChange("anonymous-endpoint-added", "GET /export", "authorization none", true)]), Digest, "spec-manifest.json");

        Assert.Contains("sha256 `" + Digest + "`", summary);
        Assert.Contains("| **yes** | `anonymous-endpoint-added` | `GET /export` | authorization none |", summary);
        Assert.Contains("```\n-p:SpecConstitutionApproval=" + Digest + "\n```", summary);
        Assert.Contains("| `001-quotes` | Complete | 9/9 | 1 | 3/4 | 2 |", summary);
        Assert.Contains("| [SC1001](", summary);
        Assert.Contains("1 warning", summary);
        Assert.Contains("| `clean-tree` | passed |", summary);
        Assert.Contains("| GET | `/export` | none | none | lambda in Program.&lt;top-level&gt; |", summary);
    }

    [Fact]
    public void Without_a_change_that_needs_a_person_it_says_the_manifest_deploys_without_approval()
    {
        string summary = SpecSummaryWriter.Write(Manifest(1, [new BlastRadiusChange("endpoint-added", "GET /x", "authorization authorize", false)]), Digest, "spec-manifest.json");

        Assert.Contains("deploys without an approval", summary);
        Assert.DoesNotContain("-p:SpecConstitutionApproval=", summary);
    }

    [Fact]
    public void A_pipe_or_line_break_in_a_value_cannot_end_a_row()
    {
        string summary = SpecSummaryWriter.Write(Manifest(1, [new BlastRadiusChange("endpoint-added", "GET /a|b", "line\nbreak `code`", false)]), Digest, "m.json");

        Assert.Contains("| no | `endpoint-added` | `GET /a\\|b` | line break 'code' |", summary);
    }

    [Fact]
    public void Thousands_of_endpoints_stay_under_the_bound_with_a_note()
    {
        string summary = SpecSummaryWriter.Write(Manifest(20_000, []), Digest, "m.json");

        Assert.True(Encoding.UTF8.GetByteCount(summary) < SpecSummaryWriter.MaxBytes);
        Assert.Contains("… and 19800 more (see the manifest).", summary);
    }

    private static JsonObject Manifest(int endpoints, BlastRadiusChange[] changes)
    {
        var radius = new BlastRadiusReport("abc", null, changes, BlastRadiusKinds.DefaultCheckpoint, false);
        var predicate = new JsonObject()
            .Set("source", new JsonObject().Set("commit", "0123456789abcdef"))
            .Set("gates", new JsonObject().Set("passed", true).Set("checks", new JsonArray([new JsonObject().Set("id", "clean-tree").Set("enabled", true).Set("passed", true).Set("reason", "clean")])))
            .Set("spec", new JsonObject().Set("features", new JsonArray([new JsonObject()
                .Set("id", "001-quotes").Set("status", "Complete").Set("openClarifications", 1).Set("findings", 2)
                .Set("tasks", new JsonObject().Set("done", 9).Set("total", 9))
                .Set("requirements", new JsonObject().Set("covered", 3).Set("total", 4))])))
            .Set("analysis", new JsonObject().Set("findings", new JsonObject().Set("SC1001", new JsonObject().Set("warning", 1))))
            .Set("endpoints", new JsonArray(Enumerable.Range(0, endpoints).Select(i => (JsonNode)new JsonObject()
                .Set("route", i == 0 ? "/export" : "/e" + i).Set("methods", new JsonArray([JsonNode.From("GET")]))
                .Set("authorization", "none").Set("rateLimiting", "none").Set("handler", "lambda in Program.<top-level>"))))
            .Set("blastRadius", radius.ToJson());
        return new JsonObject().Set("predicate", predicate);
    }
}
