using System;
using System.Linq;

namespace SpecConstitution.Infrastructure.Git
{
    /// <summary>
    /// Resolves commit, branch, repository, dirty flag and run URL. Commit and repository: SourceLink's properties
    /// first, then the CI system's variables, then <c>.git</c> itself. Branch and run URL: the CI system's variables
    /// (first non-empty wins), then <c>.git</c>. Never starts a git process.
    /// </summary>
    public static class SourceInfoResolver
    {
        public static SourceInfo Resolve(string? sourceLinkCommit, string? repositoryUrl, string projectDirectory, Func<string, string?> environment)
        {
            GitDirectoryReader.TryRead(projectDirectory, out string? gitCommit, out string? gitBranch);
            bool? dirty = GitWorkingTree.IsDirty(projectDirectory);
            CiEnvironment? ci = CiEnvironment.Detect(environment);

            string? branch = FirstNonEmpty(ci?.BranchVariables ?? CiEnvironment.AllBranchVariables, environment);
            branch = branch != null ? CiEnvironment.NormalizeBranch(branch) : gitBranch;
            string? runUrl = ci?.RunUrl(environment);

            if (IsSha(sourceLinkCommit))
            {
                return new SourceInfo(Clean(repositoryUrl), sourceLinkCommit!.Trim().ToLowerInvariant(), branch, "sourcelink", dirty, runUrl, ci?.Name);
            }

            string? variable = (ci?.CommitVariables ?? CiEnvironment.AllCommitVariables).FirstOrDefault(v => IsSha(environment(v)));
            if (variable != null)
            {
                return new SourceInfo(Clean(repositoryUrl), environment(variable)!.Trim().ToLowerInvariant(), branch, "ci:" + variable, dirty, runUrl, ci?.Name);
            }

            return gitCommit != null
                ? new SourceInfo(Clean(repositoryUrl), gitCommit, branch, "git", dirty, runUrl, ci?.Name)
                : new SourceInfo(Clean(repositoryUrl), null, branch, "none", dirty, runUrl, ci?.Name);
        }

        private static bool IsSha(string? value) => value != null && GitDirectoryReader.IsSha(value.Trim());

        private static string? FirstNonEmpty(System.Collections.Generic.IEnumerable<string> variables, Func<string, string?> environment) =>
            variables.Select(environment).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
