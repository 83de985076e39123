using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Core.Tests.Reading.Tree;

/// <summary>Issue 25, classes 2 and 6: the spec tree is read without blocking, and what cannot be read is SC2099 at its path.</summary>
public class SpecTreeReadingTests
{
    [UnixFact]
    public void A_fifo_where_tasks_md_should_be_is_SC2099_not_a_hang()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        HostileFiles.MakeFifo(dir.File("specs/001-quotes/tasks.md"));

        SpecKitTree tree = HostileFiles.WithinLimit(() => SpecKitTreeLoader.Load(dir.Path), "loading a tree whose tasks.md is a FIFO");

        Finding finding = Assert.Single(tree.ReadFindings, f => f.Id == "SC2099");
        Assert.Equal(dir.File("specs/001-quotes/tasks.md"), finding.FilePath);
        Assert.Contains("named pipe", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(tree.Features).Spec);
    }

    [UnixFact]
    public void A_constitution_linked_to_a_device_is_SC2099()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        HostileFiles.MakeLink(dir.File(".specify/memory/constitution.md"), "/dev/zero");

        SpecKitTree tree = HostileFiles.WithinLimit(() => SpecKitTreeLoader.Load(dir.Path), "loading a constitution linked to /dev/zero");

        Assert.Contains(tree.ReadFindings, f => f.Id == "SC2099" && f.Message.Contains("character device", StringComparison.Ordinal));
        Assert.Null(tree.Constitution);
    }

    [Fact]
    public void A_folder_where_spec_md_should_be_is_SC2099()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        File.Delete(dir.File("specs/001-quotes/spec.md"));
        Directory.CreateDirectory(dir.File("specs/001-quotes/spec.md"));

        SpecKitTree tree = SpecKitTreeLoader.Load(dir.Path);

        Assert.Contains(tree.ReadFindings, f => f.Id == "SC2099" && f.FilePath == dir.File("specs/001-quotes/spec.md") && f.Message.Contains("folder", StringComparison.Ordinal));
    }

    [NotAsRootFact]
    public void An_unreadable_feature_folder_is_SC2099_at_the_folder()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        string folder = dir.File("specs/001-quotes");
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            SpecKitTree tree = SpecKitTreeLoader.Load(dir.Path);

            Assert.Contains(tree.ReadFindings, f => f.Id == "SC2099" && f.FilePath == folder && f.Message.Contains("cannot be listed", StringComparison.Ordinal));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
