namespace SpecConstitution.Source
{
    /// <summary>What the manifest says about the source being built, and where each fact came from.</summary>
    public sealed class SourceInfo
    {
        public SourceInfo(string? repositoryUrl, string? commit, string? branch, string commitOrigin)
        {
            RepositoryUrl = repositoryUrl;
            Commit = commit;
            Branch = branch;
            CommitOrigin = commitOrigin;
        }

        public string? RepositoryUrl { get; }

        /// <summary>The 40-hex commit SHA, or null when none could be found.</summary>
        public string? Commit { get; }

        public string? Branch { get; }

        /// <summary>"sourcelink", "ci:&lt;VARIABLE&gt;", "git" or "none".</summary>
        public string CommitOrigin { get; }
    }
}
