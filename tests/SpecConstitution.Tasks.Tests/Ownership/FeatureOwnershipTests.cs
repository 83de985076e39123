using System.Text.Json.Nodes;
using Microsoft.Build.Framework;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Ownership;

/// <summary>A project answers only for the features it implements (docs/ownership.md).</summary>
public sealed class FeatureOwnershipTests
{
    private const string WebTask = "- [ ] T001 [US1] Map GET /api/v1/quotes in src/My.App.Web/Program.cs";
    private const string CoreTask = "- [ ] T001 [US1] Add the pricing rules in src/My.App.Core/Pricing.cs";

    [Fact]
    public void Tasks_paths_give_each_feature_to_the_project_whose_folder_they_name_and_each_finding_prints_once()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("002-pricing", CoreTask);

        RecordingBuildEngine web = tree.Validate(tree.Web);
        RecordingBuildEngine core = tree.Validate(tree.Core!);

        Assert.Equal(["001-quotes"], OwnershipTree.FeaturesReported(web));
        Assert.Equal(["002-pricing"], OwnershipTree.FeaturesReported(core));
    }

    [Fact]
    public void The_SARIF_log_and_the_requirement_coverage_matrix_hold_only_the_projects_features()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("002-pricing", CoreTask);

        tree.Validate(tree.Web);

        string coverage = File.ReadAllText(OwnershipTree.CoverageFile(tree.Web));
        string sarif = File.ReadAllText(OwnershipTree.SarifFile(tree.Web));
        Assert.Contains("001-quotes", coverage);
        Assert.DoesNotContain("002-pricing", coverage);
        Assert.Contains("001-quotes", sarif);
        Assert.DoesNotContain("002-pricing", sarif);
    }

    [Fact]
    public void A_project_built_alone_still_answers_only_for_its_own_features()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("002-pricing", CoreTask);

        RecordingBuildEngine core = tree.Validate(tree.Core!, inSolution: false);

        Assert.Equal(["002-pricing"], OwnershipTree.FeaturesReported(core));
    }

    [Fact]
    public void The_plans_project_structure_tree_gives_ownership_when_tasks_name_no_file()
    {
        const string Plan = """
            # Implementation Plan: Discounts

            ## Project Structure

            ### Source Code (repository root)

            ```text
            src/
            ├── My.App.Core/
            │   ├── Discounts/
            │   │   └── DiscountRules.cs
            │   └── Pricing.cs
            └── README.md
            ```

            **Structure Decision**: the rules live in the core library.

            ## Complexity Tracking
            """;
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("003-discounts", plan: Plan);

        Assert.Equal(["003-discounts"], OwnershipTree.FeaturesReported(tree.Validate(tree.Core!)));
        Assert.Equal(["001-quotes"], OwnershipTree.FeaturesReported(tree.Validate(tree.Web)));
    }

    [Fact]
    public void A_project_folder_named_without_its_parent_still_counts()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", "- [ ] T001 Map the endpoint in My.App.Web/Program.cs").Feature("002-pricing", CoreTask);

        Assert.Equal(["001-quotes"], OwnershipTree.FeaturesReported(tree.Validate(tree.Web)));
    }

    [Fact]
    public void A_SpecConstitutionFeature_claim_in_the_project_file_wins_over_the_paths()
    {
        // 002's tasks name Core's files, but the web project claims it: the claim decides, for both projects alike.
        using var tree = new OwnershipTree(webClaims: """<SpecConstitutionFeature Include="002" />""").Feature("001-quotes", WebTask).Feature("002-pricing", CoreTask);

        Assert.Equal(["001-quotes", "002-pricing"], OwnershipTree.FeaturesReported(tree.Validate(tree.Web)));
        Assert.Empty(OwnershipTree.FeaturesReported(tree.Validate(tree.Core!)));
    }

    [Fact]
    public void A_claim_in_single_quotes_or_as_the_property_counts_too()
    {
        using var tree = new OwnershipTree(webClaims: "<SpecConstitutionFeature Include='004-export' />").Feature("001-quotes", WebTask).Feature("004-export").Feature("005-reports");
        File.WriteAllText(tree.Core!, File.ReadAllText(tree.Core!).Replace("</Project>",
            "<PropertyGroup><SpecConstitutionFeature>005-reports</SpecConstitutionFeature></PropertyGroup></Project>"));

        Assert.Equal(["001-quotes", "004-export"], OwnershipTree.FeaturesReported(tree.Validate(tree.Web)));
        Assert.Equal(["005-reports"], OwnershipTree.FeaturesReported(tree.Validate(tree.Core!)));
    }

    [Fact]
    public void A_claim_evaluated_by_MSBuild_counts_for_the_project_itself()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("004-export");

        Assert.Equal(["001-quotes", "004-export"], OwnershipTree.FeaturesReported(tree.Validate(tree.Web, claims: "004-export;")));
    }

    [Fact]
    public void A_feature_no_project_owns_is_reported_once_by_the_project_that_reports_for_the_root()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("002-pricing", CoreTask).Feature("005-orphan");

        RecordingBuildEngine web = tree.Validate(tree.Web);
        RecordingBuildEngine core = tree.Validate(tree.Core!);

        // src/My.App.Core sorts first: it reports for the root, so it reports the unowned feature and its findings.
        BuildMessageEventArgs unowned = Assert.Single(core.Messages, m => m.Code == "SC2081");
        Assert.EndsWith(Path.Combine("005-orphan", "spec.md"), unowned.File);
        Assert.Equal(1, unowned.LineNumber);
        Assert.Contains("Feature '005-orphan' is owned by no project", unowned.Message);
        Assert.DoesNotContain(web.Messages, m => m.Code == "SC2081");
        Assert.Equal(["002-pricing", "005-orphan"], OwnershipTree.FeaturesReported(core));
        Assert.Equal(["001-quotes"], OwnershipTree.FeaturesReported(web));
    }

    [Fact]
    public void The_unowned_finding_follows_spec_checks_severities()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("005-orphan");
        tree.Dir.Write(".specify/memory/constitution.rules.yml", SpecKitSamples.Rules(extra: "spec-checks:\n  SC2081: error"));

        RecordingBuildEngine engine = new();
        var task = new ValidateSpecs
        {
            BuildEngine = engine, ProjectDirectory = Path.GetDirectoryName(tree.Core!)!, ProjectFile = tree.Core,
            FindingsFile = tree.Dir.File("obj/f.json"), SolutionConfiguration = tree.SolutionConfiguration,
        };

        Assert.False(task.Execute());
        Assert.Single(engine.Errors, e => e.Code == "SC2081");
    }

    [Fact]
    public void A_single_project_owns_every_feature_with_no_configuration()
    {
        using var tree = new OwnershipTree(secondProject: false).Feature("001-quotes", CoreTask).Feature("004-export");

        Assert.Equal(["001-quotes", "004-export"], OwnershipTree.FeaturesReported(tree.Validate(tree.Web)));
        Assert.DoesNotContain("SC2081", tree.Validate(tree.Web).AllText);
    }

    [Fact]
    public void The_manifest_lists_only_the_projects_features_and_its_gates_judge_only_them()
    {
        using var tree = new OwnershipTree().Feature("001-quotes", WebTask).Feature("002-pricing", CoreTask);
        // Only 002 has an open task past Draft: the web project's tasks-complete gate must not see it.
        tree.Dir.Write("specs/002-pricing/spec.md", SpecKitSamples.Spec(status: "Approved"));
        tree.Dir.Write("specs/001-quotes/spec.md", SpecKitSamples.Spec(status: "Draft"));

        JsonNode web = WriteManifest(tree, tree.Web, out RecordingBuildEngine webEngine);
        JsonNode core = WriteManifest(tree, tree.Core!, out _);

        Assert.Equal(["001-quotes"], FeatureNames(web));
        Assert.Equal(["002-pricing"], FeatureNames(core));
        Assert.True(Gate(web, "tasks-complete"), webEngine.AllText);
        Assert.False(Gate(core, "tasks-complete"));
        // An ordinary build (not deploying, not asked) prints no gate verdict above low importance.
        Assert.DoesNotContain(webEngine.Messages, m => m.Importance != MessageImportance.Low && m.Message!.Contains("gate", StringComparison.Ordinal));
    }

    [Fact]
    public void Gate_verdicts_print_when_asked()
    {
        using var tree = new OwnershipTree(secondProject: false).Feature("001-quotes", WebTask);

        WriteManifest(tree, tree.Web, out RecordingBuildEngine engine, reportGates: true);

        Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.High && m.Message!.Contains("deploy gate 'commit-known' FAILED", StringComparison.Ordinal));
    }

    [Fact]
    public void No_SpecKit_tree_gives_one_low_importance_message_and_nothing_about_gates()
    {
        using var dir = new TempDirectory("sc-nospeckit");
        string project = dir.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var engine = new RecordingBuildEngine();
        var validate = new ValidateSpecs { BuildEngine = engine, ProjectDirectory = dir.File("App"), ProjectFile = project, FindingsFile = dir.File("App/obj/f.json"), SpecKitRoot = dir.File("App") };
        // A real build always ships its assembly; a manifest with no subject is SC5003, which is not what this test is about.
        string assembly = dir.Write("App/bin/App.dll", "IL");
        var manifest = new WriteDeployManifest
        {
            BuildEngine = engine, ProjectDirectory = dir.File("App"), ProjectFile = project, ManifestPath = dir.File("App/bin/spec-manifest.json"), SpecKitRoot = dir.File("App"),
            Subjects = [new Microsoft.Build.Utilities.TaskItem(assembly)], SubjectsDirectory = dir.File("App/bin"),
        };

        Assert.True(validate.Execute(), engine.AllText);
        Assert.True(manifest.Execute(), engine.AllText);

        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        Assert.Single(engine.Messages, m => m.Message!.Contains("no Spec-Kit root", StringComparison.Ordinal) && m.Importance == MessageImportance.Low);
        Assert.DoesNotContain(engine.Messages, m => m.Importance != MessageImportance.Low);
    }

    private static JsonNode WriteManifest(OwnershipTree tree, string project, out RecordingBuildEngine engine, bool reportGates = false)
    {
        engine = new RecordingBuildEngine();
        string manifestPath = Path.Combine(Path.GetDirectoryName(project)!, "bin", "spec-manifest.json");
        var task = new WriteDeployManifest
        {
            BuildEngine = engine, ProjectDirectory = Path.GetDirectoryName(project)!, ProjectFile = project, ManifestPath = manifestPath, ReportGates = reportGates,
        };
        Assert.True(task.Execute(), engine.AllText);
        return JsonNode.Parse(File.ReadAllText(manifestPath))!;
    }

    private static string[] FeatureNames(JsonNode manifest) =>
        ((JsonArray)manifest["predicate"]!["spec"]!["features"]!).Select(f => (string)f!["id"]!).ToArray();

    private static bool Gate(JsonNode manifest, string id) =>
        (bool)((JsonArray)manifest["predicate"]!["gates"]!["checks"]!).Single(c => (string)c!["id"]! == id)!["passed"]!;
}
