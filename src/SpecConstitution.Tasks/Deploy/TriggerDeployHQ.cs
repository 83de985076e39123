using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Git;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.Gates;
using SpecConstitution.Reports.Manifest;
using SpecConstitution.Tasks.Deploy;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Asks DeployHQ to deploy exactly the manifest's commit, and only when its gates passed, the commit is the HEAD
    /// being built and the tree is clean. The API key is read here, from the environment, and never logged.
    /// </summary>
    public sealed class TriggerDeployHQ : Task
    {
        private static readonly string[] TerminalStatuses = { "completed", "failed", "cancelled" };

        [Required]
        public string ManifestPath { get; set; } = string.Empty;

        /// <summary>Where HEAD is looked up (SourceLink's commit first, then CI variables, then .git).</summary>
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        public string? SourceRevisionId { get; set; }

        public string? Account { get; set; }

        /// <summary>Permalink or UUID.</summary>
        public string? Project { get; set; }

        /// <summary>Server or server-group UUID, name or environment.</summary>
        public string? Target { get; set; }

        /// <summary>The DeployHQ user's e-mail address.</summary>
        public string? User { get; set; }

        /// <summary>Default https://&lt;account&gt;.deployhq.com.</summary>
        public string? BaseUrl { get; set; }

        public string? Mode { get; set; }

        public bool Wait { get; set; }

        /// <summary>Send an empty start revision: deploy the whole tree rather than the changes since the target's last revision.</summary>
        public bool FullDeploy { get; set; }

        public string? ApiKeyVariable { get; set; }

        /// <summary>Only here to be refused: a key in an MSBuild property ends up in logs and binlogs.</summary>
        public string? ApiKey { get; set; }

        /// <summary>Where the deployment's id, URL and status are recorded (JSON). Beside the manifest when empty.</summary>
        public string? ReportPath { get; set; }

        public int RequestTimeoutMilliseconds { get; set; } = 30_000;

        public int MaxAttempts { get; set; } = 5;

        public int RetryBaseDelayMilliseconds { get; set; } = 1_000;

        public int RetryDelayCapMilliseconds { get; set; } = 60_000;

        public int PollIntervalMilliseconds { get; set; } = 5_000;

        public int WaitTimeoutMilliseconds { get; set; } = 1_800_000;

        /// <summary>URLs (semicolon-separated) that must answer 2xx once DeployHQ reports the deployment completed; needs <see cref="Wait"/>.</summary>
        public string? VerifyUrls { get; set; }

        public int VerifyTimeoutSeconds { get; set; } = 60;

        /// <summary>Pause between verification attempts.</summary>
        public int VerifyRetryDelayMilliseconds { get; set; } = 2_000;

        /// <summary>A failed verification asks DeployHQ to return the target to its previous completed deployment.</summary>
        public bool RollbackOnFailure { get; set; }

        /// <summary>Pipeline fit: compare DeployHQ's build image (.NET series) with what the project needs before queueing.</summary>
        public bool CheckBuild { get; set; } = true;

        /// <summary>$(TargetFrameworks), or $(TargetFramework): each netX.Y needs an SDK of series X or later.</summary>
        public string? TargetFrameworks { get; set; }

        /// <summary>SpecConstitutionApproval: the sha256 of the manifest a person approved (the human checkpoint, SC5020).</summary>
        public string? Approval { get; set; }

        // The manifest as read, and the digest of exactly those bytes: what an approval must name.
        private JsonNode? _manifest;
        private string _manifestSha256 = string.Empty;

        [Output]
        public string? DeploymentIdentifier { get; set; }

        [Output]
        public string? DeploymentStatus { get; set; }

        [Output]
        public string? DeploymentUrl { get; set; }

        public override bool Execute()
        {
            SecretRedactor? redactor = null;
            try
            {
                if (!string.IsNullOrEmpty(ApiKey))
                {
                    Error(DiagnosticCatalog.DeployApiKeyInProperty, "SpecConstitutionDeployHQApiKey", KeyVariable);
                    return false;
                }

                string? apiKey = Environment.GetEnvironmentVariable(KeyVariable);
                if (!TryReadSettings(apiKey, out DeployHQOptions? options, out string mode) || !TryReadManifest(out ManifestFacts? facts) || !MayDeploy(facts!))
                {
                    return false;
                }

                redactor = new SecretRedactor(options!.User, options.ApiKey);
                SecretRedactor redact = redactor;
                using var client = new DeployHQClient(options, redactor, message => Log.LogMessage(MessageImportance.High, "SpecConstitution: " + redact.Redact(message)));
                DeployTarget target = DeployTargetResolver.Resolve(Target!, client.ListTargets());
                if (CheckBuild && !BuildImageFits(client, target))
                {
                    return false;
                }

                // Evidence first, then the decision: pipeline fit amends the manifest, and an approval names the
                // manifest as it is deployed, so the digest is taken again after the amendment.
                string built = _manifestSha256;
                if (CheckBuild && !TryReadManifest(out facts))
                {
                    return false;
                }

                HumanCheckpoint checkpoint = HumanCheckpoint.Decide(_manifest!, _manifestSha256, Approval);
                if (_manifestSha256 != built)
                {
                    // The reviewer summary's approval line must name the amended manifest; the run page gets it when a person is needed.
                    SpecSummaryFile.Refresh(ManifestPath, _manifest!, Environment.GetEnvironmentVariable, appendToStepSummary: mode == "queue" && checkpoint.Blocks);
                }

                if (mode == "queue" && checkpoint.Blocks)
                {
                    RequestPreviewInstead(client, options, facts!, target, checkpoint);
                    return false;
                }

                Deploy(client, options, facts!, target, mode);
            }
            catch (DeployTargetException ex)
            {
                Error(DiagnosticCatalog.DeployTargetNotFound, ex.Target, ex.Message);
            }
            catch (DeployHQException ex) when (ex.Unexpected)
            {
                Error(DiagnosticCatalog.DeployAnswerNotUnderstood, ex.Operation,
                    (ex.Status.HasValue ? "HTTP " + ex.Status.Value.ToString(CultureInfo.InvariantCulture) + ", " : string.Empty) + ex.Message);
            }
            catch (DeployHQException ex) when (ex.Rejected && ex.Status.HasValue)
            {
                Error(DiagnosticCatalog.DeployRejected, ex.Operation, ex.Status.Value, ex.Message);
            }
            catch (DeployHQException ex)
            {
                Error(DiagnosticCatalog.DeployUnreachable, ex.Operation, ex.Message);
            }
            catch (OutputWriteException ex)
            {
                // The deployment report could not be written (a folder at its path, a full disk): located, not "unexpected".
                TaskFailureLog.OutputNotWritten(Log, ex);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
            {
                // The message is redacted: an exception text must not carry the key either.
                string message = redactor?.Redact(ex.Message) ?? ex.Message;
                Error(DiagnosticCatalog.TaskFailed, nameof(TriggerDeployHQ), ex.GetType().Name + ": " + message);
            }

            return !Log.HasLoggedErrors;
        }

        private IReadOnlyList<string> Urls => (VerifyUrls ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

        private string KeyVariable => string.IsNullOrWhiteSpace(ApiKeyVariable) ? "DEPLOYHQ_API_KEY" : ApiKeyVariable!.Trim();

        private bool TryReadSettings(string? apiKey, out DeployHQOptions? options, out string mode)
        {
            options = null;
            mode = string.IsNullOrWhiteSpace(Mode) ? "queue" : Mode!.Trim().ToLowerInvariant();
            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(Account) && string.IsNullOrWhiteSpace(BaseUrl))
            {
                missing.Add("SpecConstitutionDeployHQAccount (or SpecConstitutionDeployHQBaseUrl) is empty");
            }

            if (string.IsNullOrWhiteSpace(Project))
            {
                missing.Add("SpecConstitutionDeployHQProject is empty");
            }

            if (string.IsNullOrWhiteSpace(Target))
            {
                missing.Add("SpecConstitutionDeployHQTarget is empty");
            }

            if (string.IsNullOrWhiteSpace(User))
            {
                missing.Add("SpecConstitutionDeployHQUser (the DeployHQ e-mail) is empty");
            }

            if (string.IsNullOrWhiteSpace(apiKey))
            {
                missing.Add($"the environment variable {KeyVariable} (named by SpecConstitutionDeployHQApiKeyVariable) holds no API key");
            }

            if (mode != "queue" && mode != "preview")
            {
                missing.Add($"SpecConstitutionDeployHQMode is '{Mode}'; use queue or preview");
            }

            foreach (string url in Urls)
            {
                if (DeploymentVerifier.Problem(url) is string problem)
                {
                    missing.Add(problem);
                }
            }

            if (Urls.Count > 0 && !Wait)
            {
                missing.Add("SpecConstitutionDeployVerifyUrl needs SpecConstitutionDeployHQWait=true: the app can only be verified once DeployHQ reports the deployment completed");
            }

            if (VerifyTimeoutSeconds <= 0 && Urls.Count > 0)
            {
                missing.Add("SpecConstitutionDeployVerifyTimeoutSeconds must be a positive number of seconds");
            }

            string baseUrl = string.IsNullOrWhiteSpace(BaseUrl) ? $"https://{Account?.Trim()}.deployhq.com/" : BaseUrl!.Trim();
            if (!Uri.TryCreate(baseUrl.EndsWith("/", StringComparison.Ordinal) ? baseUrl : baseUrl + "/", UriKind.Absolute, out Uri? baseUri)
                || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            {
                missing.Add($"'{baseUrl}' is not an http(s) URL");
            }
            else if (baseUri.Scheme == Uri.UriSchemeHttp && !IsLoopback(baseUri))
            {
                missing.Add($"'{baseUrl}' is plain http: the API key would cross the network unencrypted; use https "
                    + "(plain http is only accepted for a loopback host: 127.0.0.0/8, ::1 or localhost)");
            }
            else if (!string.IsNullOrEmpty(baseUri.UserInfo))
            {
                missing.Add("the base URL carries a user name or password; give only scheme, host and port (the key goes in " + KeyVariable + ")");
            }

            if (missing.Count > 0)
            {
                Error(DiagnosticCatalog.DeployConfigurationInvalid, string.Join("; ", missing));
                return false;
            }

            options = new DeployHQOptions(baseUri!, Project!.Trim(), User!.Trim(), apiKey!.Trim())
            {
                RequestTimeout = TimeSpan.FromMilliseconds(RequestTimeoutMilliseconds),
                MaxAttempts = Math.Max(1, MaxAttempts),
                RetryBaseDelay = TimeSpan.FromMilliseconds(RetryBaseDelayMilliseconds),
                RetryDelayCap = TimeSpan.FromMilliseconds(RetryDelayCapMilliseconds),
                PollInterval = TimeSpan.FromMilliseconds(PollIntervalMilliseconds),
                WaitTimeout = TimeSpan.FromMilliseconds(WaitTimeoutMilliseconds),
            };
            return true;
        }

        /// <summary>127.0.0.0/8, ::1 or localhost: the only hosts the key may be sent to without TLS.</summary>
        internal static bool IsLoopback(Uri uri)
        {
            string host = uri.DnsSafeHost.TrimEnd('.');
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return System.Net.IPAddress.TryParse(host, out System.Net.IPAddress? address)
                && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                    ? address.GetAddressBytes()[0] == 127
                    : address.Equals(System.Net.IPAddress.IPv6Loopback));
        }

        private bool TryReadManifest(out ManifestFacts? facts)
        {
            facts = null;
            if (!File.Exists(ManifestPath))
            {
                Error(DiagnosticCatalog.DeployConfigurationInvalid, $"there is no deploy manifest at {Path.GetFullPath(ManifestPath)}; build (or publish) first, or set SpecConstitutionManifestPath");
                return false;
            }

            // Opened only as a regular file: a FIFO at the manifest path would block the deployment step forever.
            if (!FileProbe.TryOpenRegular(ManifestPath, out FileStream? stream, out string unreadable))
            {
                Error(DiagnosticCatalog.DeployConfigurationInvalid, $"{Path.GetFullPath(ManifestPath)} cannot be deployed: {unreadable}");
                return false;
            }

            string text;
            using (stream)
            {
                // One read: the digest an approval is checked against is the digest of the bytes decided on.
                var bytes = new MemoryStream();
                stream!.CopyTo(bytes);
                _manifestSha256 = HexSha256(bytes.ToArray());
                bytes.Position = 0;
                using var reader = new StreamReader(bytes);
                text = reader.ReadToEnd();
            }

            JsonTextReader.TryParse(text, out _manifest);
            facts = ManifestFacts.TryRead(text, out string? problem);
            if (facts == null)
            {
                Error(DiagnosticCatalog.DeployConfigurationInvalid, $"{Path.GetFullPath(ManifestPath)} cannot be deployed: {problem}");
            }

            return facts != null;
        }

        /// <summary>Every refusal is reported (not just the first), and none of them sends a request.</summary>
        private bool MayDeploy(ManifestFacts facts)
        {
            foreach ((string id, string reason) in facts.FailedGates)
            {
                Error(DiagnosticCatalog.DeployGatesFailed, id, reason);
            }

            if (!facts.GatesPassed && facts.FailedGates.Count == 0)
            {
                Error(DiagnosticCatalog.DeployGatesFailed, "?", "the manifest's gates did not pass");
            }

            SourceInfo head = SourceInfoResolver.Resolve(SourceRevisionId, null, ProjectDirectory, Environment.GetEnvironmentVariable);
            if (facts.Commit == null)
            {
                Error(DiagnosticCatalog.DeployCommitMismatch, "the manifest records no commit, so there is nothing exact to deploy");
            }
            else if (head.Commit == null)
            {
                Error(DiagnosticCatalog.DeployCommitMismatch, $"the HEAD being built is unknown (no SourceRevisionId, CI commit variable or .git), so manifest commit {facts.Commit} cannot be confirmed");
            }
            else if (!string.Equals(head.Commit, facts.Commit, StringComparison.OrdinalIgnoreCase))
            {
                Error(DiagnosticCatalog.DeployCommitMismatch, $"the manifest is for commit {facts.Commit} but HEAD is {head.Commit} (from {head.CommitOrigin}); rebuild so the manifest describes what is being deployed");
            }

            if (!facts.DisabledGates.Contains(DeployGateIds.CleanTree))
            {
                if (facts.Dirty == true)
                {
                    Error(DiagnosticCatalog.DeployDirtyTree, "the manifest was written from a working tree with uncommitted changes; commit them and rebuild");
                }
                else if (head.Dirty == true)
                {
                    Error(DiagnosticCatalog.DeployDirtyTree, "tracked files now differ from the git index; DeployHQ deploys the commit, not these changes: commit them and rebuild");
                }
            }

            return !Log.HasLoggedErrors;
        }

        private void Deploy(DeployHQClient client, DeployHQOptions options, ManifestFacts facts, DeployTarget target, string mode)
        {
            string startRevision = FullDeploy ? string.Empty : target.LastRevision ?? string.Empty;
            var request = new DeploymentRequest(target.Identifier, startRevision, facts.Commit!, facts.Branch, mode);
            Log.LogMessage(MessageImportance.High, "SpecConstitution: asking DeployHQ to {0} {1}..{2} on {3}",
                mode == "preview" ? "preview" : "deploy", startRevision.Length == 0 ? "(full)" : startRevision, facts.Commit, target.Describe());

            JsonNode deployment = client.CreateDeployment(request, target);
            DeploymentIdentifier = deployment["identifier"]?.AsString() ?? throw new DeployHQException("creating the deployment", null, "DeployHQ's answer has no deployment identifier");
            DeploymentUrl = options.DeploymentUrl(DeploymentIdentifier);
            DeploymentStatus = DeployHQClient.StatusOf(deployment);
            WriteReport(facts, target, mode);
            Log.LogMessage(MessageImportance.High, "SpecConstitution: DeployHQ deployment {0} is {1}: {2}", DeploymentIdentifier, DeploymentStatus, DeploymentUrl);

            if (Wait)
            {
                WaitForTerminalStatus(client, options, facts, target, mode);
            }
        }

        /// <summary>
        /// The human checkpoint: DeployHQ previews exactly this commit (reviewers see the file changes there), nothing is
        /// queued, and SC5020 names each change that needs a person and the digest that approves this manifest.
        /// </summary>
        private void RequestPreviewInstead(DeployHQClient client, DeployHQOptions options, ManifestFacts facts, DeployTarget target, HumanCheckpoint checkpoint)
        {
            Deploy(client, options, facts, target, "preview");
            string preview = " (deployment " + DeploymentIdentifier + ": " + DeploymentUrl + ")";
            if (checkpoint.ApprovalIsStale)
            {
                preview += "; the approval given, " + checkpoint.Approval + ", names another manifest, so it does not apply";
            }

            Error(DiagnosticCatalog.DeployNeedsApproval, checkpoint.NeedingPerson.Count, checkpoint.DescribeChanges(), preview, checkpoint.ManifestSha256);
        }

        private static string HexSha256(byte[] bytes)
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            return string.Concat(sha.ComputeHash(bytes).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        private void WaitForTerminalStatus(DeployHQClient client, DeployHQOptions options, ManifestFacts facts, DeployTarget target, string mode)
        {
            var clock = Stopwatch.StartNew();
            while (!TerminalStatuses.Contains(DeploymentStatus))
            {
                if (clock.Elapsed > options.WaitTimeout)
                {
                    throw new DeployHQException("waiting for deployment " + DeploymentIdentifier, null,
                        $"still '{DeploymentStatus}' after {options.WaitTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s: see {DeploymentUrl}");
                }

                Thread.Sleep(options.PollInterval);
                string previous = DeploymentStatus!;
                DeploymentStatus = DeployHQClient.StatusOf(client.GetDeployment(DeploymentIdentifier!));
                if (DeploymentStatus != previous)
                {
                    Log.LogMessage(MessageImportance.High, "SpecConstitution: DeployHQ deployment {0}: {1}", DeploymentIdentifier, DeploymentStatus);
                    WriteReport(facts, target, mode);
                }
            }

            if (DeploymentStatus == "completed" && Urls.Count > 0 && mode == "queue")
            {
                VerifyAndRollBack(client, options, target);
            }
            else if (DeploymentStatus == "failed")
            {
                Error(DiagnosticCatalog.DeploymentFailed, DeploymentIdentifier!, DeploymentStatus, "see the deployment log at " + DeploymentUrl);
            }
            else if (DeploymentStatus == "cancelled")
            {
                FindingLogger.Log(Log, DiagnosticCatalog.DeploymentFailed, FindingSeverity.Warning, ManifestPath,
                    DeploymentIdentifier!, DeploymentStatus, "it was cancelled in DeployHQ; nothing was deployed: " + DeploymentUrl);
            }
        }

        /// <summary>
        /// SC5040 when the build configuration that applies to the target names a .NET series older than a target framework
        /// or global.json needs; SC5041 (information) when it names none. The manifest records what was checked.
        /// </summary>
        private bool BuildImageFits(DeployHQClient client, DeployTarget target)
        {
            JsonNode configuration;
            string description;
            try
            {
                (configuration, description) = client.BuildConfigurationFor(target);
            }
            catch (DeployHQException ex) when (ex.Status == 404)
            {
                // No build pipeline on this project: nothing is built there, so nothing to compare.
                (configuration, description) = (new JsonObject(), "no build configuration (HTTP 404)");
            }

            string? dotnet = BuildImageFit.ConfiguredDotnet(configuration);
            int? series = BuildImageFit.SeriesOf(dotnet);
            IReadOnlyList<SdkNeed> needs = BuildImageFit.Needs(TargetFrameworks, ProjectDirectory, out _);
            SdkNeed[] unmet = series == null ? Array.Empty<SdkNeed>() : needs.Where(n => n.Series > series.Value).ToArray();
            RecordInManifest("buildConfiguration", new JsonObject()
                .Set("identifier", configuration["identifier"]?.AsString())
                .Set("source", description)
                .Set("target", target.Identifier)
                .Set("dotnet", dotnet)
                .Set("needs", new JsonArray(needs.Select(n => (JsonNode)new JsonObject().Set("what", n.What).Set("series", n.Series))))
                .Set("fits", unmet.Length == 0));
            if (dotnet == null)
            {
                // Information: FindingLogger prints it as a high-importance message with its code (MSBuild has no info level).
                FindingLogger.Log(Log, DiagnosticCatalog.BuildImageHasNoDotnet, ManifestPath, target.Describe(), description);
                return true;
            }

            foreach (SdkNeed need in unmet)
            {
                Error(DiagnosticCatalog.BuildImageTooOld, target.Describe(), dotnet, need.What, need.Series, Format(
                    "change the .NET version of {0} in DeployHQ (the project's Build Pipeline, language versions) to {1}.0 or later, or build for an earlier framework; -p:SpecConstitutionDeployHQCheckBuild=false skips this check",
                    description, need.Series));
            }

            Log.LogMessage(MessageImportance.Normal, "SpecConstitution: DeployHQ builds with .NET {0} ({1}); the project needs {2}", dotnet, description,
                needs.Count == 0 ? "no particular series" : string.Join(", ", needs.Select(n => n.What)));
            return unmet.Length == 0;
        }

        /// <summary>Adds evidence to the manifest before the deployment is asked for (its digest in spec-deployment.json covers it).</summary>
        private void RecordInManifest(string key, JsonNode evidence)
        {
            string? amended = ManifestAmendment.SetEvidence(File.ReadAllText(ManifestPath), key, evidence, out string? problem);
            if (amended != null)
            {
                AtomicFile.WriteAllText(ManifestPath, amended);
            }
            else
            {
                Log.LogMessage(MessageImportance.Normal, "SpecConstitution: {0} not recorded in the manifest: {1}", key, problem);
            }
        }

        /// <summary>SC5031 per URL that did not answer 2xx; then, when asked, one rollback of our deployment (SC5032).</summary>
        private void VerifyAndRollBack(DeployHQClient client, DeployHQOptions options, DeployTarget target)
        {
            var failures = new List<string>();
            using (var verifier = new DeploymentVerifier(TimeSpan.FromSeconds(VerifyTimeoutSeconds), TimeSpan.FromMilliseconds(Math.Max(0, VerifyRetryDelayMilliseconds))))
            {
                foreach (string url in Urls)
                {
                    string? answer = verifier.Verify(url, message => Log.LogMessage(MessageImportance.High, "SpecConstitution: " + message));
                    if (answer != null)
                    {
                        failures.Add(url);
                        Error(DiagnosticCatalog.DeploymentNotVerified, DeploymentIdentifier!, url, VerifyTimeoutSeconds, answer);
                    }
                }
            }

            if (failures.Count == 0 || !RollbackOnFailure)
            {
                return;
            }

            string failed = string.Join(", ", failures) + " did not answer 2xx";
            JsonNode? earlier = RollbackPlan.EarlierCompleted(client.ListDeployments(), DeploymentIdentifier!, target);
            if (earlier == null)
            {
                Error(DiagnosticCatalog.DeploymentRolledBack, DeploymentIdentifier!, failed + "; NOT rolled back: " + target.Describe()
                    + " has no completed deployment before " + DeploymentIdentifier + ", so there is nothing to return to; the target is left as it is: " + DeploymentUrl);
                return;
            }

            string earlierId = earlier["identifier"]!.AsString()!;
            Log.LogMessage(MessageImportance.High, "SpecConstitution: asking DeployHQ to roll {0} back to deployment {1} ({2})", target.Describe(), earlierId, RollbackPlan.EndRevision(earlier) ?? "revision unknown");
            JsonNode rollback;
            try
            {
                rollback = client.Rollback(earlierId);
            }
            catch (DeployHQException ex)
            {
                Error(DiagnosticCatalog.DeploymentRolledBack, DeploymentIdentifier!, Format("{0}; the rollback to deployment {1} was asked for once and did not happen: {2}", failed, earlierId, ex.Message));
                return;
            }

            string rollbackId = rollback["identifier"]!.AsString()!;
            string status = DeployHQClient.StatusOf(rollback);
            var clock = Stopwatch.StartNew();
            while (!TerminalStatuses.Contains(status) && clock.Elapsed <= options.WaitTimeout)
            {
                Thread.Sleep(options.PollInterval);
                status = DeployHQClient.StatusOf(client.GetDeployment(rollbackId));
            }

            Error(DiagnosticCatalog.DeploymentRolledBack, DeploymentIdentifier!, Format(
                "{0}; rolled back: DeployHQ rollback deployment {1} returns {2} to the state of deployment {3} (commit {4}) and ended '{5}': {6}",
                failed, rollbackId, target.Describe(), earlierId, RollbackPlan.EndRevision(earlier) ?? "unknown", status, options.DeploymentUrl(rollbackId)));
        }

        private void WriteReport(ManifestFacts facts, DeployTarget target, string mode)
        {
            string path = string.IsNullOrWhiteSpace(ReportPath)
                ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ManifestPath))!, "spec-deployment.json")
                : ReportPath!;
            var report = new JsonObject()
                .Set("deployment", new JsonObject()
                    .Set("identifier", DeploymentIdentifier)
                    .Set("url", DeploymentUrl)
                    .Set("status", DeploymentStatus)
                    .Set("mode", mode))
                .Set("commit", facts.Commit)
                .Set("branch", facts.Branch)
                .Set("target", new JsonObject()
                    .Set("identifier", target.Identifier)
                    .Set("name", target.Name)
                    .Set("kind", target.Kind))
                .Set("manifest", Path.GetFileName(ManifestPath))
                .Set("manifestSha256", Sha256Hex(ManifestPath));
            AtomicFile.WriteAllText(path, JsonTextWriter.Write(report));
        }

        private static string Sha256Hex(string path)
        {
            using var stream = File.OpenRead(path);
            using var sha = System.Security.Cryptography.SHA256.Create();
            return string.Concat(sha.ComputeHash(stream).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        private void Error(DiagnosticInfo info, params object[] args) => FindingLogger.Log(Log, info, ManifestPath, args);

        private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
