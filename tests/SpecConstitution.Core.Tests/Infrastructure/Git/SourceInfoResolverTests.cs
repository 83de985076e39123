using SpecConstitution.Infrastructure.Git;

namespace SpecConstitution.Core.Tests.Infrastructure.Git;

public sealed class SourceInfoResolverTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";
    private const string OtherSha = "fedcba9876543210fedcba9876543210fedcba98";

    public static TheoryData<string, Dictionary<string, string>, string, string?> CiSystems() => new()
    {
        { "github-actions", new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_SHA"] = Sha, ["GITHUB_REF_NAME"] = "main", ["GITHUB_SERVER_URL"] = "https://github.com", ["GITHUB_REPOSITORY"] = "example/quotes", ["GITHUB_RUN_ID"] = "42" }, "main", "https://github.com/example/quotes/actions/runs/42" },
        { "azure-pipelines", new() { ["TF_BUILD"] = "True", ["BUILD_SOURCEVERSION"] = Sha, ["BUILD_SOURCEBRANCH"] = "refs/heads/feature/rate-limits", ["BUILD_SOURCEBRANCHNAME"] = "rate-limits", ["SYSTEM_COLLECTIONURI"] = "https://dev.azure.com/example/", ["SYSTEM_TEAMPROJECT"] = "Quotes", ["BUILD_BUILDID"] = "7" }, "feature/rate-limits", "https://dev.azure.com/example/Quotes/_build/results?buildId=7" },
        { "gitlab", new() { ["GITLAB_CI"] = "true", ["CI_COMMIT_SHA"] = Sha, ["CI_COMMIT_BRANCH"] = "main", ["CI_JOB_URL"] = "https://gitlab.com/example/quotes/-/jobs/9" }, "main", "https://gitlab.com/example/quotes/-/jobs/9" },
        { "jenkins", new() { ["JENKINS_URL"] = "https://ci.example.com/", ["GIT_COMMIT"] = Sha, ["GIT_BRANCH"] = "origin/release", ["BUILD_URL"] = "https://ci.example.com/job/quotes/3/" }, "release", "https://ci.example.com/job/quotes/3/" },
        { "circleci", new() { ["CIRCLECI"] = "true", ["CIRCLE_SHA1"] = Sha, ["CIRCLE_BRANCH"] = "main", ["CIRCLE_BUILD_URL"] = "https://circleci.com/gh/example/quotes/5" }, "main", "https://circleci.com/gh/example/quotes/5" },
        { "bitbucket", new() { ["BITBUCKET_BUILD_NUMBER"] = "11", ["BITBUCKET_COMMIT"] = Sha, ["BITBUCKET_BRANCH"] = "main", ["BITBUCKET_GIT_HTTP_ORIGIN"] = "https://bitbucket.org/example/quotes" }, "main", "https://bitbucket.org/example/quotes/addon/pipelines/home#!/results/11" },
        { "teamcity", new() { ["TEAMCITY_VERSION"] = "2024.1", ["BUILD_VCS_NUMBER"] = Sha, ["BRANCH_NAME"] = "main" }, "main", null },
    };

    [Theory]
    [MemberData(nameof(CiSystems))]
    public void Each_CI_systems_commit_branch_and_run_URL_are_read(string system, Dictionary<string, string> variables, string branch, string? runUrl)
    {
        using var dir = new TempDirectory();

        SourceInfo info = SourceInfoResolver.Resolve(null, null, dir.Path, name => variables.GetValueOrDefault(name));

        Assert.Equal(system, info.CiSystem);
        Assert.Equal(Sha, info.Commit);
        Assert.Equal(branch, info.Branch);
        Assert.Equal(runUrl, info.RunUrl);
        Assert.StartsWith("ci:", info.CommitOrigin);
        Assert.Null(info.Dirty);
    }

    [Fact]
    public void SourceLinks_commit_and_repository_win_over_CI_variables()
    {
        using var dir = new TempDirectory();
        var variables = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_SHA"] = OtherSha, ["GITHUB_HEAD_REF"] = "feature/x", ["GITHUB_REF_NAME"] = "12/merge" };

        SourceInfo info = SourceInfoResolver.Resolve(Sha.ToUpperInvariant(), " https://github.com/example/quotes ", dir.Path, name => variables.GetValueOrDefault(name));

        Assert.Equal(Sha, info.Commit);
        Assert.Equal("sourcelink", info.CommitOrigin);
        Assert.Equal("https://github.com/example/quotes", info.RepositoryUrl);
        Assert.Equal("feature/x", info.Branch);
    }

    [Fact]
    public void Without_SourceLink_or_CI_the_commit_and_branch_come_from_dot_git()
    {
        using var dir = new TempDirectory();
        dir.Write("README.md", "hello\n");
        string commit = GitRepository.Init(dir.Path, branch: "trunk");
        Directory.CreateDirectory(dir.File("src/App"));

        SourceInfo info = SourceInfoResolver.Resolve(null, null, dir.File("src/App"), _ => null);

        Assert.Equal(commit, info.Commit);
        Assert.Equal("trunk", info.Branch);
        Assert.Equal("git", info.CommitOrigin);
        Assert.False(info.Dirty);
        Assert.Null(info.CiSystem);
    }

    [Fact]
    public void Packed_refs_and_a_detached_HEAD_are_read_without_git()
    {
        using var dir = new TempDirectory();
        dir.Write("README.md", "hello\n");
        string commit = GitRepository.Init(dir.Path);
        GitRepository.Run(dir.Path, "pack-refs", "--all");
        Assert.True(GitWorkingTree.IsDirty(dir.Path) == false);
        Assert.True(GitDirectoryReader.TryRead(dir.Path, out string? packed, out string? branch));
        Assert.Equal(commit, packed);
        Assert.Equal("main", branch);

        GitRepository.Run(dir.Path, "checkout", "-q", "--detach");
        Assert.True(GitDirectoryReader.TryRead(dir.Path, out string? detached, out string? noBranch));
        Assert.Equal(commit, detached);
        Assert.Null(noBranch);
    }

    [Fact]
    public void Dirty_flag_sees_edits_deletions_and_same_size_rewrites_of_tracked_files_but_not_untracked_files()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("src/a.txt", "aaaa\n");
        dir.Write("src/b.txt", "bbbb\n");
        GitRepository.Init(dir.Path);
        Assert.False(GitWorkingTree.IsDirty(dir.Path));

        dir.Write("notes/untracked.txt", "scratch\n");
        Assert.False(GitWorkingTree.IsDirty(dir.Path));

        File.WriteAllText(file, "AAAA\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        Assert.True(GitWorkingTree.IsDirty(dir.Path));

        File.WriteAllText(file, "aaaa\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(2));
        Assert.False(GitWorkingTree.IsDirty(dir.Path));

        File.Delete(dir.File("src/b.txt"));
        Assert.True(GitWorkingTree.IsDirty(dir.Path));
    }

    [Fact]
    public void A_same_size_edit_that_keeps_the_mtime_is_caught_when_the_entry_is_racy()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("src/a.txt", "aaaa\n");
        DateTime future = DateTime.UtcNow.AddHours(1);
        File.SetLastWriteTimeUtc(file, future);
        GitRepository.Init(dir.Path);
        Assert.False(GitWorkingTree.IsDirty(dir.Path));

        File.WriteAllText(file, "bbbb\n");
        File.SetLastWriteTimeUtc(file, future);

        Assert.True(GitWorkingTree.IsDirty(dir.Path));
    }

    [Fact]
    public void The_dirty_check_reads_index_version_4()
    {
        using var dir = new TempDirectory();
        dir.Write("src/deep/folder/one.txt", "1\n");
        dir.Write("src/deep/folder/two.txt", "2\n");
        GitRepository.Init(dir.Path);
        GitRepository.Run(dir.Path, "update-index", "--index-version", "4");
        Assert.False(GitWorkingTree.IsDirty(dir.Path));

        File.AppendAllText(dir.File("src/deep/folder/two.txt"), "more\n");
        Assert.Equal("src/deep/folder/two.txt", GitWorkingTree.FindChange(File.ReadAllBytes(dir.File(".git/index")), dir.Path));
    }
}
