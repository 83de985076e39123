namespace SpecConstitution.Diagnostics
{
    /// <summary>Manifest and deployment: SC5xxx. Every deployment refusal is an error and means no request was sent.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticInfo ManifestInputUnreadable = new DiagnosticInfo(
            "SC5001", "Deploy manifest input could not be read",
            "Could not read {0}: {1}", Deployment, FindingSeverity.Warning);

        public static readonly DiagnosticInfo ManifestFileSkipped = new DiagnosticInfo(
            "SC5002", "File left out of the deploy manifest",
            "{0} is left out of the deploy manifest: {1}", Deployment, FindingSeverity.Warning);

        public static readonly DiagnosticInfo ManifestAttestsNothing = new DiagnosticInfo(
            "SC5003", "The deploy manifest attests no shipped file",
            "The deploy manifest {0} attests no shipped file: {1}", Deployment, FindingSeverity.Warning);

        public static readonly DiagnosticInfo OutputNotWritten = new DiagnosticInfo(
            "SC5004", "A SpecConstitution output file could not be written",
            "Could not write {0}: {1}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployGatesFailed = new DiagnosticInfo(
            "SC5010", "Deployment refused: a deploy gate failed",
            "Deployment refused, no request sent: deploy gate '{0}' failed: {1}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployCommitMismatch = new DiagnosticInfo(
            "SC5011", "Deployment refused: the manifest's commit is not the HEAD being built",
            "Deployment refused, no request sent: {0}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployDirtyTree = new DiagnosticInfo(
            "SC5012", "Deployment refused: the working tree has uncommitted changes",
            "Deployment refused, no request sent: {0}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployConfigurationInvalid = new DiagnosticInfo(
            "SC5013", "DeployHQ trigger is not configured",
            "DeployHQ trigger is not configured: {0}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployApiKeyInProperty = new DiagnosticInfo(
            "SC5014", "DeployHQ API key passed as an MSBuild property",
            "Refusing a DeployHQ API key passed as the MSBuild property '{0}': properties are written to binary logs, diagnostic-verbosity logs and project evaluations. Put the key in the environment variable '{1}' (SpecConstitutionDeployHQApiKeyVariable) and rotate this key", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployTargetNotFound = new DiagnosticInfo(
            "SC5015", "DeployHQ target not found",
            "DeployHQ target '{0}' {1}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployRejected = new DiagnosticInfo(
            "SC5016", "DeployHQ rejected the request",
            "DeployHQ rejected {0} with HTTP {1}: {2}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployUnreachable = new DiagnosticInfo(
            "SC5017", "DeployHQ could not be reached",
            "DeployHQ could not be reached for {0}: {1}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeploymentFailed = new DiagnosticInfo(
            "SC5018", "The DeployHQ deployment failed",
            "DeployHQ deployment {0} ended '{1}': {2}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeployAnswerNotUnderstood = new DiagnosticInfo(
            "SC5019", "DeployHQ's answer is not what its API sends",
            "DeployHQ's answer to {0} is not what its API sends: {1}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo SuccessCriterionUnproven = new DiagnosticInfo(
            "SC5030", "Deployment refused: a success criterion is not proven by a test that passed",
            "Deployment refused, no request sent: success criterion {0}/{1} is not proven by this run's test results: {2}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeploymentNotVerified = new DiagnosticInfo(
            "SC5031", "The deployed app did not answer its verification URL",
            "DeployHQ deployment {0} completed but {1} did not answer 2xx within {2} s: {3}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo DeploymentRolledBack = new DiagnosticInfo(
            "SC5032", "Rollback after a failed verification",
            "Deployment {0} failed verification: {1}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo BuildImageTooOld = new DiagnosticInfo(
            "SC5040", "Deployment refused: DeployHQ's build image cannot build this project",
            "Deployment refused, no request sent: DeployHQ builds {0} with .NET {1}, but {2} needs .NET {3} or later; {4}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo BuildImageHasNoDotnet = new DiagnosticInfo(
            "SC5041", "No .NET configured in DeployHQ's build configuration",
            "DeployHQ's build configuration for {0} ({1}) configures no .NET version: fine when the deployment ships prebuilt files; a build command that runs dotnet would fail there", Deployment, FindingSeverity.Info);

        public static readonly DiagnosticInfo DependencyNotLive = new DiagnosticInfo(
            "SC5042", "Deployment refused: a feature this one depends on is not live",
            "Deployment refused, no request sent: feature '{0}' depends on '{1}': {2}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo TaskFailed = new DiagnosticInfo(
            "SC5099", "SpecConstitution task failed unexpectedly",
            "{0} failed unexpectedly: {1}", Deployment, FindingSeverity.Error);
    }
}
