using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Checks.Specs;

/// <summary>Large trees are parsed and checked in parallel: the findings must not depend on the scheduling.</summary>
public class ParallelCheckingTests
{
    private const int Features = 40; // above the parallel threshold

    [Fact]
    public void A_large_tree_gives_each_feature_its_own_findings_in_the_same_order_every_run()
    {
        string tasks = Docs.Tasks.Replace("Add limiter", "Add limiter (FR-009)") + "\n- [ ] T099 Undocumented step\n";
        IReadOnlyList<Finding> single = SpecChainChecker.Check(Tree(1, tasks), null, NoPhantoms);
        Assert.NotEmpty(single);

        IReadOnlyList<Finding> first = SpecChainChecker.Check(Tree(Features, tasks), null, NoPhantoms);
        IReadOnlyList<Finding> second = SpecChainChecker.Check(Tree(Features, tasks), null, NoPhantoms);

        Assert.Equal(single.Count * Features, first.Count);
        Assert.Equal(first.Select(f => f.ToString()), second.Select(f => f.ToString()));
        Assert.Equal(first.Select(f => f.ToString()), SpecChainChecker.Sort(first).Select(f => f.ToString()));
        for (int i = 1; i <= Features; i++)
        {
            Assert.Equal(single.Ids(), first.Where(f => f.FilePath.Contains($"/{Name(i)}/", StringComparison.Ordinal)).Ids());
        }
    }

    private static readonly SpecCheckOptions NoPhantoms = new() { CheckPhantomCompletions = false };

    private static string Name(int i) => $"{i:000}-quotes";

    private static SpecKitTree Tree(int features, string tasks)
    {
        var files = new List<SpecKitDocumentFile>();
        for (int i = 1; i <= features; i++)
        {
            foreach ((string file, string text) in new[] { ("spec.md", Docs.Spec), ("plan.md", Docs.Plan), ("tasks.md", tasks) })
            {
                string path = $"{Check.Root}/specs/{Name(i)}/{file}";
                files.Add(new SpecKitDocumentFile(path, new SourceFile(path, text)));
            }
        }

        return SpecKitTreeBuilder.Build(Check.Root, null, files);
    }
}
