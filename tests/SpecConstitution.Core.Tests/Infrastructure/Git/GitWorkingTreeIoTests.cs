
namespace SpecConstitution.Core.Tests.Infrastructure.Git;

/// <summary>Issue 25, class 2 for the clean-tree check: a tracked file replaced by a FIFO is a change, not a hang.</summary>
public class GitWorkingTreeIoTests
{
    [UnixFact]
    public void A_tracked_empty_file_replaced_by_a_fifo_is_dirty_without_blocking()
    {
        using var dir = new TempDirectory();
        dir.Write("README.md", "# repo\n");
        dir.Write("empty.txt", string.Empty);
        GitRepository.Init(dir.Path);
        HostileFiles.MakeFifo(dir.File("empty.txt"));

        bool? dirty = HostileFiles.WithinLimit(() => SpecConstitution.Infrastructure.Git.GitWorkingTree.IsDirty(dir.Path), "the clean-tree check over a FIFO");

        Assert.True(dirty);
    }
}
