using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Checks.Specs;

/// <summary>SC2050: a task marked done names a file that exists nowhere in the repository (trees on disk: it needs the file system).</summary>
public sealed class PhantomCompletionCheckTests
{
    private static IReadOnlyList<Finding> Load(TempTree tree) => SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);

    private static void WriteFeature(TempTree tree, string tasks)
    {
        tree.Write("specs/001-quotes/spec.md", Docs.Spec);
        tree.Write("specs/001-quotes/plan.md", Docs.Plan);
        tree.Write("specs/001-quotes/tasks.md", tasks);
    }

    [Fact]
    public void Phantom_completion_reports_SC2050_at_the_path_but_not_for_existing_or_moved_files()
    {
        using var tree = new TempTree();
        WriteFeature(tree, tasks: """
            ## Phase 1: Setup

            - [x] T001 Create `src/Quotes/Quotes.csproj`
            - [x] T002 Add src/Quotes/Moved.cs
            - [x] T003 Add src/Quotes/Missing.cs and POST /api/quotes
            - [ ] T004 Add src/Quotes/NotYet.cs
            """);
        tree.Write("src/Quotes/Quotes.csproj", "<Project />");
        tree.Write("src/Elsewhere/Moved.cs", "class M {}");
        var finding = Assert.Single(Load(tree).WithId("SC2050"));
        Assert.Equal(["T003", "src/Quotes/Missing.cs"], finding.Arguments);
        Assert.Equal(5, finding.Range.Line);
        Assert.Equal(16, finding.Range.Column);
    }

    [Fact]
    public void A_spec_kit_root_under_an_ignored_folder_still_sees_its_own_files()
    {
        // The benchmark's trees live under artifacts/ of a git checkout: every file of theirs was called missing.
        using var tree = new TempTree();
        tree.Write(".git/HEAD", "ref: refs/heads/main\n");
        tree.Write("artifacts/bench/.specify/memory/constitution.md", Docs.Constitution);
        tree.Write("artifacts/bench/specs/001-quotes/spec.md", Docs.Spec);
        tree.Write("artifacts/bench/specs/001-quotes/plan.md", Docs.Plan);
        tree.Write("artifacts/bench/specs/001-quotes/tasks.md", "## Phase 1: Setup\n\n- [x] T001 Add App/Quotes.cs\n- [x] T002 Add App/Missing.cs\n");
        tree.Write("artifacts/bench/App/Quotes.cs", "class Q {}");
        tree.Write("artifacts/bench/App/obj/Missing.cs", "generated");

        var finding = Assert.Single(SpecChainChecker.Check(SpecKitTreeLoader.Load(Path.Combine(tree.Root, "artifacts", "bench")), null).WithId("SC2050"));
        Assert.Equal(["T002", "App/Missing.cs"], finding.Arguments);
    }

    [Fact]
    public void Files_under_ignored_folders_do_not_count_as_built()
    {
        using var tree = new TempTree();
        WriteFeature(tree, tasks: "## Phase 1: Setup\n\n- [x] T001 Add src/Gen/Output.cs\n");
        tree.Write("src/Program.cs", "class P {}");
        tree.Write("obj/src/Gen/Output.cs", "generated");
        tree.Write("node_modules/x/Output.cs", "package");
        Assert.Single(Load(tree).WithId("SC2050"));
    }

    [Fact]
    public void Spec_only_checkout_is_not_accused_of_phantom_completions()
    {
        using var tree = new TempTree();
        WriteFeature(tree, tasks: "## Phase 1: Setup\n\n- [x] T001 Add src/Quotes/Missing.cs\n");
        Assert.Empty(Load(tree).WithId("SC2050"));
    }
}
