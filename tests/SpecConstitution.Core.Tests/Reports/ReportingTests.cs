using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Reports;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Reports;

/// <summary>Baseline, SARIF and the coverage matrix.</summary>
public sealed class ReportingTests
{
    private static string? LineOf(string path, int line) => File.Exists(path) ? File.ReadAllLines(path).ElementAtOrDefault(line - 1) : null;

    [Fact]
    public void Baseline_suppresses_known_findings_across_line_shifts_until_their_line_changes()
    {
        using var tree = new TempTree();
        string spec = Docs.Spec.Replace("2025-01-01", "[DATE]");
        tree.Write("specs/001-quotes/spec.md", spec);
        IReadOnlyList<Finding> before = SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);
        string baselineJson = SpecBaseline.Write(before, tree.Root, LineOf);
        JsonNode entry = ((JsonArray)JsonTextReader.Parse(baselineJson)["findings"]!).Items[0];
        Assert.Equal("specs/001-quotes/spec.md", entry["file"]?.AsString()); // relative, forward slashes
        Assert.Null(entry["line"]); // a fingerprint, not a line number
        SpecBaseline baseline = SpecBaseline.Parse(baselineJson);
        Assert.Equal(before.Count, baseline.Count);

        tree.Write("specs/001-quotes/spec.md", "<!-- moved down -->\n\n" + spec);
        IReadOnlyList<Finding> shifted = SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);
        Assert.Empty(baseline.Filter(shifted, tree.Root, LineOf));

        tree.Write("specs/001-quotes/spec.md", spec.Replace("**Created**: [DATE]", "**Created**: [DATE] (edited)"));
        IReadOnlyList<Finding> edited = SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);
        Assert.Single(baseline.Filter(edited, tree.Root, LineOf));
    }

    [Fact]
    public void Malformed_baseline_suppresses_nothing()
    {
        Assert.Equal(0, SpecBaseline.Parse("{ not json").Count);
        Assert.Equal(0, SpecBaseline.Parse("").Count);
    }

    [Fact]
    public void Sarif_log_has_rules_results_regions_and_marks_baseline_suppressions()
    {
        var reported = new Finding("SC2010", FindingSeverity.Warning, "open", "/repo/specs/001-a/spec.md", SpecConstitution.Infrastructure.Text.TextRange.OnLine(3, 5, 10));
        var suppressed = new Finding("SC2012", FindingSeverity.Info, "token", "/repo/specs/001-a/spec.md", SpecConstitution.Infrastructure.Text.TextRange.OnLine(4, 1, 6));
        JsonNode log = JsonTextReader.Parse(SarifReport.Write(new[] { reported }, new[] { suppressed }, "/repo", "1.0.0"));

        Assert.Equal("2.1.0", log["version"]?.AsString());
        var run = Assert.Single(((JsonArray)log["runs"]!).Items);
        var results = ((JsonArray)run["results"]!).Items;
        Assert.Equal(2, results.Count);
        Assert.Equal("specs/001-a/spec.md", results[0]["locations"] is JsonArray l ? l.Items[0]["physicalLocation"]?["artifactLocation"]?["uri"]?.AsString() : null);
        Assert.Equal(3, results[0]["locations"] is JsonArray l2 ? l2.Items[0]["physicalLocation"]?["region"]?["startLine"]?.AsInteger() : null);
        Assert.Null(results[0]["suppressions"]);
        Assert.NotNull(results[1]["suppressions"]);
        Assert.Equal("note", results[1]["level"]?.AsString());
        Assert.Equal(2, ((JsonArray)run["tool"]!["driver"]!["rules"]!).Items.Count);
    }

    [Fact]
    public void Coverage_matrix_maps_requirements_to_citing_tasks_and_done_state_across_features()
    {
        using var tree = new TempTree();
        tree.Write("specs/001-quotes/spec.md", Docs.Spec);
        tree.Write("specs/001-quotes/tasks.md", "- [x] T001 Limit (FR-001) in src/a.cs\n- [ ] T002 Expose (FR-002) in src/b.cs\n");
        tree.Write("specs/002-admin/tasks.md", "- [x] T001 Reuse (001-quotes/FR-002) in src/c.cs\n");
        IReadOnlyList<RequirementCoverage> rows = CoverageMatrix.Build(SpecKitTreeLoader.Load(tree.Root));

        RequirementCoverage fr1 = rows.Single(r => r.RequirementId == "FR-001");
        Assert.True(fr1.IsDone);
        RequirementCoverage fr2 = rows.Single(r => r.RequirementId == "FR-002");
        Assert.Equal(new[] { "T002", "T001" }, fr2.TaskIds);
        Assert.False(fr2.IsDone);
        Assert.Empty(rows.Single(r => r.RequirementId == "SC-001").TaskIds);
    }
}
