using SpecConstitution.Diagnostics;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Core.Tests.Reports.Manifest;

/// <summary>Issue 25, class 2: the manifest's feature-folder digest reads only regular files, never follows folder links, and is bounded.</summary>
public class FeatureFolderDigestTests
{
    [Fact]
    public void Two_folder_links_into_each_other_end_the_walk_with_SC5002_for_each()
    {
        using var dir = new TempDirectory();
        dir.Write("specs/001-a/spec.md", "# Spec\n");
        dir.Write("specs/001-a/x/keep.md", "kept\n");
        Directory.CreateSymbolicLink(dir.File("specs/001-a/x/to-y"), dir.File("specs/001-a/y"));
        Directory.CreateDirectory(dir.File("specs/001-a/y"));
        Directory.CreateSymbolicLink(dir.File("specs/001-a/y/to-x"), dir.File("specs/001-a/x"));
        Directory.CreateSymbolicLink(dir.File("specs/001-a/root"), dir.Path);
        var problems = new List<Finding>();

        HostileFiles.WithinLimit(() => FeatureFolderDigest.Compute(dir.File("specs/001-a"), problems), "the digest of a folder with looping links");

        Assert.Equal(3, problems.Count(p => p.Id == "SC5002" && p.Message.Contains("link to a folder", StringComparison.Ordinal)));
        Assert.Equal(["root", "to-x", "to-y"], problems.Select(p => Path.GetFileName(p.FilePath)).Order(StringComparer.Ordinal));
    }

    [UnixFact]
    public void A_plan_linked_to_dev_zero_is_not_hashed_and_is_reported()
    {
        using var dir = new TempDirectory();
        string folder = Path.GetDirectoryName(dir.Write("specs/001-a/spec.md", "# Spec\n"))!;
        HostileFiles.MakeLink(Path.Combine(folder, "plan.md"), "/dev/zero");
        var problems = new List<Finding>();

        string digest = HostileFiles.WithinLimit(() => FeatureFolderDigest.Compute(folder, problems), "the digest of plan.md -> /dev/zero");

        Finding finding = Assert.Single(problems);
        Assert.Equal("SC5002", finding.Id);
        Assert.Equal(Path.Combine(folder, "plan.md"), finding.FilePath);
        Assert.Contains("character device", finding.Message, StringComparison.Ordinal);
        // Left out, but still named: replacing the device by a real plan.md changes the digest.
        File.Delete(Path.Combine(folder, "plan.md"));
        File.WriteAllText(Path.Combine(folder, "plan.md"), string.Empty);
        Assert.NotEqual(digest, FeatureFolderDigest.Compute(folder));
    }

    [UnixFact]
    public void A_fifo_in_a_feature_folder_does_not_block_the_digest()
    {
        using var dir = new TempDirectory();
        string folder = Path.GetDirectoryName(dir.Write("specs/001-a/spec.md", "# Spec\n"))!;
        HostileFiles.MakeFifo(Path.Combine(folder, "tasks.md"));
        var problems = new List<Finding>();

        HostileFiles.WithinLimit(() => FeatureFolderDigest.Compute(folder, problems), "the digest of a folder holding a FIFO");

        Assert.Contains(problems, p => p.Id == "SC5002" && p.Message.Contains("named pipe", StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_over_the_feature_budget_are_not_hashed_and_are_reported()
    {
        using var dir = new TempDirectory();
        dir.Write("specs/001-a/a.md", new string('a', 600));
        dir.Write("specs/001-a/b.md", new string('b', 600));
        var problems = new List<Finding>();

        FeatureFolderDigest.Compute(dir.File("specs/001-a"), problems, byteBudget: 1_000);

        Finding finding = Assert.Single(problems);
        Assert.Equal(dir.File("specs/001-a/b.md"), finding.FilePath);
        Assert.Contains("budget", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regular_files_keep_the_digest_they_had()
    {
        // The listing format is unchanged for trees without special files: manifests of ordinary trees stay byte-identical.
        using var dir = new TempDirectory();
        dir.Write("specs/001-a/spec.md", "# Spec\n");
        dir.Write("specs/001-a/checklists/req.md", "- [ ] one\n");
        string expected = Hex("checklists/req.md\0" + Hex("- [ ] one\n") + "\nspec.md\0" + Hex("# Spec\n") + "\n");

        Assert.Equal(expected, FeatureFolderDigest.Compute(dir.File("specs/001-a")));
    }

    private static string Hex(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
