using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Reading.Tree;

/// <summary>Trees on disk: line endings, BOM, empty and huge files, roots, step order (phantom completions: SC2050.PhantomCompletionCheckTests).</summary>
public sealed class TreeLoadingTests
{
    private static IReadOnlyList<Finding> Load(TempTree tree) => SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);

    private static void WriteFeature(TempTree tree, string name = "001-quotes", string? spec = Docs.Spec, string? plan = Docs.Plan, string? tasks = Docs.Tasks)
    {
        if (spec != null) tree.Write($"specs/{name}/spec.md", spec);
        if (plan != null) tree.Write($"specs/{name}/plan.md", plan);
        if (tasks != null) tree.Write($"specs/{name}/tasks.md", tasks);
    }

    [Fact]
    public void Crlf_and_bom_give_the_same_findings_at_the_same_places_as_lf()
    {
        string spec = Docs.Spec.Replace("per minute per key", "[NEEDS CLARIFICATION: window?]");
        using var lf = new TempTree();
        WriteFeature(lf, spec: spec);
        using var crlf = new TempTree();
        WriteFeature(crlf, spec: null);
        crlf.Write("specs/001-quotes/spec.md", spec.Replace("\n", "\r\n"), bom: true);

        string[] Describe(IReadOnlyList<Finding> findings, string root) => findings.Select(f => f.ToString().Replace(root, "")).ToArray();
        Assert.Equal(Describe(Load(lf), lf.Root), Describe(Load(crlf), crlf.Root));
        Assert.Single(Load(crlf).WithId("SC2010"));
    }

    [Fact]
    public void Empty_files_do_not_throw_or_flood()
    {
        using var tree = new TempTree();
        WriteFeature(tree, spec: "", plan: "", tasks: "");
        Assert.Empty(Load(tree));
    }

    [Fact]
    public void Huge_or_binary_files_report_SC2099_instead_of_throwing()
    {
        using var tree = new TempTree();
        WriteFeature(tree);
        tree.WriteBytes("specs/001-quotes/plan.md", new byte[SpecFileReader.MaxFileBytes + 1]);
        tree.WriteBytes("specs/001-quotes/tasks.md", new byte[] { 0x2D, 0x00, 0x41 });
        Assert.Equal(2, Load(tree).WithId("SC2099").Count());
    }

    [Fact]
    public void Many_folders_read_in_parallel_keep_folder_order_and_report_each_unreadable_file_once()
    {
        using var tree = new TempTree();
        for (int i = 1; i <= 40; i++) // above the parallel threshold
        {
            WriteFeature(tree, name: $"{i:000}-quotes");
        }

        for (int i = 5; i <= 40; i += 7)
        {
            tree.WriteBytes($"specs/{i:000}-quotes/tasks.md", new byte[] { 0x2D, 0x00, 0x41 });
        }

        SpecKitTree first = SpecKitTreeLoader.Load(tree.Root);
        SpecKitTree second = SpecKitTreeLoader.Load(tree.Root);

        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"{i:000}-quotes"), first.Features.Select(f => f.Name));
        Assert.Equal(new[] { 5, 12, 19, 26, 33, 40 }.Select(i => $"{i:000}-quotes"),
            first.ReadFindings.Select(f => Path.GetFileName(Path.GetDirectoryName(f.FilePath))));
        Assert.All(first.ReadFindings, f => Assert.Equal("SC2099", f.Id));
        Assert.Equal(first.ReadFindings.Select(f => f.ToString()), second.ReadFindings.Select(f => f.ToString()));
        Assert.All(first.Features, f => Assert.Equal(f.Name is "005-quotes" or "012-quotes" or "019-quotes" or "026-quotes" or "033-quotes" or "040-quotes", f.Tasks == null));
    }

    [Fact]
    public void Large_but_valid_spec_is_checked_quickly()
    {
        using var tree = new TempTree();
        string requirements = string.Join("\n", Enumerable.Range(1, 20_000).Select(i => $"- **FR-{i % 1000:000}**: System MUST handle case {i} within {i} ms"));
        WriteFeature(tree, spec: Docs.Spec + "\n" + requirements + "\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Finding> findings = Load(tree);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        Assert.NotEmpty(findings.WithId("SC2024"));
    }

    [Fact]
    public void Step_order_reports_SC2001_and_SC2002()
    {
        using var tree = new TempTree();
        WriteFeature(tree, "001-a", spec: null, plan: Docs.Plan, tasks: null);
        WriteFeature(tree, "002-b", spec: Docs.Spec, plan: null, tasks: Docs.Tasks);
        IReadOnlyList<Finding> findings = Load(tree);
        Assert.Single(findings.WithId("SC2001"));
        Assert.Single(findings.WithId("SC2002"));
    }

    [Fact]
    public void Feature_folders_sharing_a_number_report_SC2003_and_timestamp_folders_are_features()
    {
        using var tree = new TempTree();
        WriteFeature(tree, "003-auth");
        WriteFeature(tree, "003-billing");
        WriteFeature(tree, "20250101-120000-reports");
        tree.Write("specs/notes/readme.md", "not a feature");
        SpecKitTree loaded = SpecKitTreeLoader.Load(tree.Root);
        Assert.Equal(new[] { "003-auth", "003-billing", "20250101-120000-reports" }, loaded.Features.Select(f => f.Name));
        var finding = Assert.Single(SpecChainChecker.Check(loaded, null).WithId("SC2003"));
        Assert.Contains("003-billing", finding.FilePath);
    }

    [Fact]
    public void Specify_root_without_features_reports_SC2080_once()
    {
        using var tree = new TempTree();
        tree.Write(".specify/memory/constitution.md", Docs.Constitution);
        Assert.Single(Load(tree).WithId("SC2080"));
    }

    [Fact]
    public void Root_is_the_nearest_specify_folder_then_legacy_memory_then_init_dir()
    {
        using var tree = new TempTree();
        string project = Path.Combine(tree.Root, "apps", "api", "src");
        Directory.CreateDirectory(project);
        Assert.Equal(tree.Root, SpecKitRoot.Find(project, _ => null));

        Directory.CreateDirectory(Path.Combine(tree.Root, "apps", "api", ".specify"));
        Assert.Equal(Path.Combine(tree.Root, "apps", "api"), SpecKitRoot.Find(project, _ => null));
        Assert.Equal(tree.Root, SpecKitRoot.Find(project, name => name == "SPECIFY_INIT_DIR" ? tree.Root : null));
    }

    [Fact]
    public void Legacy_root_level_memory_constitution_is_found_and_loaded()
    {
        using var tree = new TempTree();
        Directory.Delete(Path.Combine(tree.Root, ".specify"), recursive: true);
        tree.Write("memory/constitution.md", Docs.Constitution);
        WriteFeature(tree);
        Assert.Equal(tree.Root, SpecKitRoot.Find(Path.Combine(tree.Root, "specs"), _ => null));
        Assert.Equal("1.2.0", SpecKitTreeLoader.Load(tree.Root).Constitution?.Version);
    }

    [Fact]
    public void Monorepo_roots_are_all_found()
    {
        using var tree = new TempTree();
        tree.Write("services/a/.specify/memory/constitution.md", Docs.Constitution);
        tree.Write("services/b/.specify/memory/constitution.md", Docs.Constitution);
        tree.Write("node_modules/c/.specify/memory/constitution.md", Docs.Constitution);
        Assert.Equal(3, SpecKitRoot.FindAll(tree.Root).Count); // the repo root itself, a and b; node_modules is ignored
    }

    [Fact]
    public void Checking_twice_gives_identical_findings_in_identical_order()
    {
        using var tree = new TempTree();
        WriteFeature(tree, "001-a", spec: Docs.Spec.Replace("2025-01-01", "[DATE]"));
        WriteFeature(tree, "001-b", spec: Docs.Spec.Replace("**FR-002**", "**FR-001**"));
        string[] first = Load(tree).Select(f => f.ToString()).ToArray();
        string[] second = Load(tree).Select(f => f.ToString()).ToArray();
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
