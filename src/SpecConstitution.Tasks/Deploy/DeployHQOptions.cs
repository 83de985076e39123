using System;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>Where DeployHQ is, who we are, and how long we are willing to wait for it.</summary>
    internal sealed class DeployHQOptions
    {
        public DeployHQOptions(Uri baseUri, string project, string user, string apiKey)
        {
            BaseUri = baseUri;
            Project = project;
            User = user;
            ApiKey = apiKey;
        }

        public Uri BaseUri { get; }

        public string Project { get; }

        public string User { get; }

        /// <summary>Only ever used to build the Authorization header; never logged (see <see cref="SecretRedactor"/>).</summary>
        public string ApiKey { get; }

        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How many times one request may be sent in all (first try included).</summary>
        public int MaxAttempts { get; set; } = 5;

        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>No single wait is longer, whatever Retry-After says.</summary>
        public TimeSpan RetryDelayCap { get; set; } = TimeSpan.FromSeconds(60);

        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

        public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromMinutes(30);

        public string ProjectPath(string rest) => "projects/" + Uri.EscapeDataString(Project) + "/" + rest;

        /// <summary>The project's deployments page, where a user can see whether a deployment was created.</summary>
        public string DeploymentsUrl => new Uri(BaseUri, ProjectPath("deployments")).ToString();

        /// <summary>The deployment's page, for people: the same path the API uses, on the account's host.</summary>
        public string DeploymentUrl(string identifier) =>
            new Uri(BaseUri, ProjectPath("deployments/" + Uri.EscapeDataString(identifier))).ToString();
    }
}
