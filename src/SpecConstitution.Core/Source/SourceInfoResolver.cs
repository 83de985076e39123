using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecConstitution.Source
{
    /// <summary>
    /// Resolves commit, branch and repository: SourceLink's properties first, then the CI system's variables
    /// (first non-empty wins), then <c>.git</c> itself.
    /// </summary>
    public static class SourceInfoResolver
    {
        private static readonly string[] CommitVariables =
        {
            "GITHUB_SHA", "BUILD_SOURCEVERSION", "CI_COMMIT_SHA", "GIT_COMMIT", "CIRCLE_SHA1", "BITBUCKET_COMMIT", "BUILD_VCS_NUMBER",
        };

        private static readonly string[] BranchVariables =
        {
            "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "BUILD_SOURCEBRANCHNAME", "CI_COMMIT_REF_NAME", "GIT_BRANCH", "CIRCLE_BRANCH", "BITBUCKET_BRANCH",
        };

        public static SourceInfo Resolve(string? sourceLinkCommit, string? repositoryUrl, string projectDirectory, Func<string, string?> environment)
        {
            GitDirectoryReader.TryRead(projectDirectory, out string? gitCommit, out string? gitBranch);
            string? branch = FirstNonEmpty(BranchVariables, environment) ?? gitBranch;

            if (!string.IsNullOrWhiteSpace(sourceLinkCommit) && GitDirectoryReader.IsSha(sourceLinkCommit!.Trim()))
            {
                return new SourceInfo(Clean(repositoryUrl), sourceLinkCommit.Trim().ToLowerInvariant(), branch, "sourcelink");
            }

            string? variable = CommitVariables.FirstOrDefault(v => IsSha(environment(v)));
            if (variable != null)
            {
                return new SourceInfo(Clean(repositoryUrl), environment(variable)!.Trim().ToLowerInvariant(), branch, "ci:" + variable);
            }

            return gitCommit != null
                ? new SourceInfo(Clean(repositoryUrl), gitCommit, branch, "git")
                : new SourceInfo(Clean(repositoryUrl), null, branch, "none");
        }

        private static bool IsSha(string? value) => value != null && GitDirectoryReader.IsSha(value.Trim());

        private static string? FirstNonEmpty(IEnumerable<string> variables, Func<string, string?> environment) =>
            variables.Select(environment).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
