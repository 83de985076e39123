using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecConstitution.Infrastructure.Git
{
    /// <summary>
    /// What a CI system says about the build: its commit, branch and run URL. One entry per supported system,
    /// tried in a fixed order; the first system whose marker variable is set wins.
    /// </summary>
    public sealed class CiEnvironment
    {
        private static readonly CiEnvironment[] Systems =
        {
            new CiEnvironment("github-actions", "GITHUB_ACTIONS", new[] { "GITHUB_SHA" }, new[] { "GITHUB_HEAD_REF", "GITHUB_REF_NAME" },
                env => Join(env("GITHUB_SERVER_URL"), env("GITHUB_REPOSITORY"), "actions/runs", env("GITHUB_RUN_ID"))),
            new CiEnvironment("azure-pipelines", "TF_BUILD", new[] { "BUILD_SOURCEVERSION" }, new[] { "SYSTEM_PULLREQUEST_SOURCEBRANCH", "BUILD_SOURCEBRANCH", "BUILD_SOURCEBRANCHNAME" },
                env => Join(env("SYSTEM_COLLECTIONURI"), env("SYSTEM_TEAMPROJECT"), "_build/results?buildId=" + env("BUILD_BUILDID"))),
            new CiEnvironment("gitlab", "GITLAB_CI", new[] { "CI_COMMIT_SHA" }, new[] { "CI_COMMIT_BRANCH", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_REF_NAME" },
                env => env("CI_JOB_URL") ?? env("CI_PIPELINE_URL")),
            new CiEnvironment("jenkins", "JENKINS_URL", new[] { "GIT_COMMIT" }, new[] { "BRANCH_NAME", "GIT_LOCAL_BRANCH", "GIT_BRANCH" },
                env => env("BUILD_URL")),
            new CiEnvironment("circleci", "CIRCLECI", new[] { "CIRCLE_SHA1" }, new[] { "CIRCLE_BRANCH" },
                env => env("CIRCLE_BUILD_URL")),
            new CiEnvironment("bitbucket", "BITBUCKET_BUILD_NUMBER", new[] { "BITBUCKET_COMMIT" }, new[] { "BITBUCKET_BRANCH" },
                env => Join(env("BITBUCKET_GIT_HTTP_ORIGIN"), "addon/pipelines/home#!/results/" + env("BITBUCKET_BUILD_NUMBER"))),
            // TeamCity exports the commit but no branch by default; teams pass one as env.BRANCH_NAME.
            new CiEnvironment("teamcity", "TEAMCITY_VERSION", new[] { "BUILD_VCS_NUMBER" }, new[] { "BRANCH_NAME" },
                env => env("BUILD_URL")),
        };

        private readonly string _marker;
        private readonly string[] _commitVariables;
        private readonly string[] _branchVariables;
        private readonly Func<Func<string, string?>, string?> _runUrl;

        private CiEnvironment(string name, string marker, string[] commitVariables, string[] branchVariables, Func<Func<string, string?>, string?> runUrl)
        {
            Name = name;
            _marker = marker;
            _commitVariables = commitVariables;
            _branchVariables = branchVariables;
            _runUrl = runUrl;
        }

        public string Name { get; }

        /// <summary>The CI system this build runs on, or null outside CI.</summary>
        public static CiEnvironment? Detect(Func<string, string?> environment) =>
            Systems.FirstOrDefault(s => !string.IsNullOrWhiteSpace(environment(s._marker)));

        /// <summary>Every commit variable any system sets, in system order (used when no marker is set).</summary>
        public static IEnumerable<string> AllCommitVariables => Systems.SelectMany(s => s._commitVariables);

        public static IEnumerable<string> AllBranchVariables => Systems.SelectMany(s => s._branchVariables);

        public IEnumerable<string> CommitVariables => _commitVariables;

        public IEnumerable<string> BranchVariables => _branchVariables;

        public string? RunUrl(Func<string, string?> environment) => _runUrl(name => NonEmpty(environment(name)));

        /// <summary>Branch names as people write them: "refs/heads/x" and Jenkins' "origin/x" become "x".</summary>
        public static string NormalizeBranch(string branch)
        {
            string b = branch.Trim();
            foreach (string prefix in new[] { "refs/heads/", "origin/" })
            {
                if (b.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return b.Substring(prefix.Length);
                }
            }

            return b;
        }

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        private static string? Join(params string?[] parts)
        {
            if (parts.Any(p => p == null || p.EndsWith("=", StringComparison.Ordinal) || p.EndsWith("#!/results/", StringComparison.Ordinal)))
            {
                return null;
            }

            return string.Join("/", parts.Select(p => p!.Trim('/')));
        }
    }
}
