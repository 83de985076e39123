namespace SpecConstitution.Infrastructure.Git
{
    /// <summary>What the manifest says about the source being built, and where each fact came from.</summary>
    public sealed class SourceInfo
    {
        public SourceInfo(string? repositoryUrl, string? commit, string? branch, string commitOrigin, bool? dirty = null, string? runUrl = null, string? ciSystem = null)
        {
            RepositoryUrl = repositoryUrl;
            Commit = commit;
            Branch = branch;
            CommitOrigin = commitOrigin;
            Dirty = dirty;
            RunUrl = runUrl;
            CiSystem = ciSystem;
        }

        public string? RepositoryUrl { get; }

        /// <summary>The 40-hex commit SHA, or null when none could be found.</summary>
        public string? Commit { get; }

        public string? Branch { get; }

        /// <summary>"sourcelink", "ci:&lt;VARIABLE&gt;", "git" or "none".</summary>
        public string CommitOrigin { get; }

        /// <summary>True when tracked files differ from the index; null when there is no readable <c>.git</c>.</summary>
        public bool? Dirty { get; }

        /// <summary>The CI run that built this, when a CI system is detected.</summary>
        public string? RunUrl { get; }

        /// <summary>"github-actions", "azure-pipelines", ... or null outside CI.</summary>
        public string? CiSystem { get; }
    }
}
