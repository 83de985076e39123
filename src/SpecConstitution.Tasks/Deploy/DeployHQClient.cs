using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>The DeployHQ API calls the trigger makes: list targets, create a deployment (once), read a deployment.</summary>
    internal sealed class DeployHQClient : IDisposable
    {
        private readonly DeployHQOptions _options;
        private readonly SecretRedactor _redactor;
        private readonly Action<string> _log;
        private readonly DeployHQHttp _http;

        public DeployHQClient(DeployHQOptions options, SecretRedactor redactor, Action<string> log)
        {
            _options = options;
            _redactor = redactor;
            _log = log;
            _http = new DeployHQHttp(options, redactor, log);
        }

        public IReadOnlyList<DeployTarget> ListTargets() =>
            Records(Get("servers", "listing servers"), "listing servers").Select(n => DeployTarget.FromJson(n, "server"))
                .Concat(Records(Get("server_groups", "listing server groups"), "listing server groups").Select(n => DeployTarget.FromJson(n, "server group")))
                .Where(t => t != null)
                .Select(t => t!)
                .ToArray();

        /// <summary>The deployment as DeployHQ reports it now; an answer without a status is not read as "still running".</summary>
        public JsonNode GetDeployment(string identifier)
        {
            string operation = "reading deployment " + identifier;
            JsonNode node = Get("deployments/" + Uri.EscapeDataString(identifier), operation);
            JsonObject? deployment = node is JsonObject root ? root["deployment"] as JsonObject ?? root : null;
            if (deployment?["status"]?.AsString() is string status && status.Trim().Length > 0)
            {
                return deployment;
            }

            throw new DeployHQException(operation, null, "JSON without a deployment status: " + DeployHQErrorBody.Excerpt(JsonTextWriter.Write(node), _redactor)
                + "; the deployment was created: see " + _options.DeploymentUrl(identifier), unexpected: true);
        }

        /// <summary>
        /// Creates the deployment. A POST that got no answer may have been acted on, so before sending it again the
        /// target's recent deployments are searched for our end revision; only when none is there is it re-sent.
        /// </summary>
        public JsonNode CreateDeployment(DeploymentRequest request, DeployTarget target)
        {
            const string operation = "creating the deployment";
            for (int attempt = 1; ; attempt++)
            {
                DeployHQResponse response;
                try
                {
                    response = _http.Send(HttpMethod.Post, _options.ProjectPath("deployments"), request.ToJson(), operation, resendWithoutAnswer: false);
                }
                catch (DeployHQNoAnswerException noAnswer)
                {
                    _log($"DeployHQ {operation}: {noAnswer.Message}; looking for a deployment of {request.EndRevision} before sending again");
                    JsonNode? existing = FindDeployment(request.EndRevision, target);
                    if (existing != null)
                    {
                        _log($"DeployHQ already has deployment {existing["identifier"]?.AsString()} of {request.EndRevision}: not sending the request again");
                        return existing;
                    }

                    if (attempt >= _options.MaxAttempts)
                    {
                        throw new DeployHQException(operation, null, $"{noAnswer.Message} after {attempt} attempts, and no deployment of {request.EndRevision} was found");
                    }

                    continue;
                }

                if (response.IsSuccess)
                {
                    // Whatever the answer says, this POST is never sent again: a 2xx means DeployHQ (or something
                    // in front of it) took the request, and it may have been acted on.
                    JsonObject? deployment = response.Json is JsonObject root ? root["deployment"] as JsonObject ?? root : null;
                    if (deployment?["identifier"]?.AsString() is string identifier && identifier.Trim().Length > 0)
                    {
                        return deployment;
                    }

                    throw new DeployHQException(operation, response.Status,
                        (response.Json == null ? DeployHQErrorBody.Describe(response.Body, _redactor) : "JSON without a deployment identifier: " + DeployHQErrorBody.Excerpt(response.Body, _redactor))
                        + ". The request was not sent again: it may have been acted on; check " + _options.DeploymentsUrl + " before deploying again",
                        unexpected: true);
                }

                throw Rejected(operation, response, DeployHQErrorBody.IsParentMustExist(response.Body)
                    ? " ('parent must exist': DeployHQ cannot place start revision " + (request.StartRevision.Length == 0 ? "(empty)" : request.StartRevision)
                      + " on " + target.Describe() + ", e.g. after a rewritten history or a repository change; deploy with an empty start revision"
                      + " for a full deploy: -p:SpecConstitutionDeployHQFullDeploy=true)"
                    : string.Empty);
            }
        }

        /// <summary>
        /// The build configuration DeployHQ applies to the target: a per-server override (GET build_configurations, a
        /// configuration whose servers include the target or one of its members), else the default (GET build_configuration).
        /// </summary>
        public (JsonNode Configuration, string Description) BuildConfigurationFor(DeployTarget target)
        {
            var ids = new HashSet<string>(target.MemberIdentifiers.Append(target.Identifier), StringComparer.OrdinalIgnoreCase);
            JsonNode? overriding = Records(Get("build_configurations", "listing build configurations"), "listing build configurations")
                .FirstOrDefault(c => c["default"]?.AsBoolean() != true && c["servers"] is JsonArray servers
                    && servers.Items.Any(s => s["identifier"]?.AsString() is string id && ids.Contains(id)));
            if (overriding != null)
            {
                return (overriding, "the build configuration override " + (overriding["identifier"]?.AsString() ?? "?") + " for " + target.Describe());
            }

            JsonNode node = Get("build_configuration", "reading the build configuration");
            JsonNode configuration = node["build_configuration"] is JsonObject wrapped ? wrapped : node;
            return (configuration, ("the project's default build configuration " + (configuration["identifier"]?.AsString() ?? string.Empty)).TrimEnd());
        }

        /// <summary>The project's recent deployments, newest first (DeployHQ's order).</summary>
        public IReadOnlyList<JsonNode> ListDeployments() =>
            Records(Get("deployments", "listing recent deployments"), "listing recent deployments").ToArray();

        /// <summary>
        /// POST deployments/&lt;id&gt;/rollback: DeployHQ queues a deployment that returns the target to the state
        /// <paramref name="toIdentifier"/> left it in. Sent once: a rollback that got no answer may have been queued.
        /// </summary>
        public JsonNode Rollback(string toIdentifier)
        {
            string operation = "rolling back to deployment " + toIdentifier;
            DeployHQResponse response;
            try
            {
                response = _http.Send(HttpMethod.Post, _options.ProjectPath("deployments/" + Uri.EscapeDataString(toIdentifier) + "/rollback"),
                    "{\"copy_config_files\":true,\"mode\":\"queue\",\"run_build_commands\":true}", operation, resendWithoutAnswer: false);
            }
            catch (DeployHQNoAnswerException noAnswer)
            {
                throw new DeployHQException(operation, null, noAnswer.Message + "; it may have been queued, so it is not sent again: check " + _options.DeploymentsUrl);
            }

            if (!response.IsSuccess)
            {
                throw Rejected(operation, response, string.Empty);
            }

            JsonObject? deployment = response.Json is JsonObject root ? root["deployment"] as JsonObject ?? root : null;
            return deployment?["identifier"]?.AsString() is string identifier && identifier.Trim().Length > 0
                ? deployment
                : throw new DeployHQException(operation, response.Status, "an answer without a deployment identifier: " + DeployHQErrorBody.Describe(response.Body, _redactor)
                    + "; it is not sent again: check " + _options.DeploymentsUrl, unexpected: true);
        }

        /// <summary>The most recent deployment of <paramref name="endRevision"/> to the target, if DeployHQ lists one.</summary>
        public JsonNode? FindDeployment(string endRevision, DeployTarget target) =>
            Records(Get("deployments", "listing recent deployments"), "listing recent deployments").FirstOrDefault(d =>
                string.Equals(RevisionOf(d["end_revision"]), endRevision, StringComparison.OrdinalIgnoreCase) && IsFor(d, target));

        private static string? RevisionOf(JsonNode? revision) => revision?.AsString() ?? revision?["ref"]?.AsString();

        internal static bool IsFor(JsonNode deployment, DeployTarget target)
        {
            string? parent = deployment["parent_identifier"]?.AsString();
            if (parent != null)
            {
                return string.Equals(parent, target.Identifier, StringComparison.OrdinalIgnoreCase);
            }

            if (!(deployment["servers"] is JsonArray servers) || servers.Items.Count == 0)
            {
                return true;
            }

            var ids = new HashSet<string>(target.MemberIdentifiers.Append(target.Identifier), StringComparer.OrdinalIgnoreCase);
            return servers.Items.Any(s => s["identifier"]?.AsString() is string id && ids.Contains(id));
        }

        private JsonNode Get(string path, string operation)
        {
            DeployHQResponse response = _http.Send(HttpMethod.Get, _options.ProjectPath(path), null, operation, resendWithoutAnswer: true);
            if (!response.IsSuccess)
            {
                throw Rejected(operation, response, string.Empty);
            }

            return response.Json ?? throw new DeployHQException(operation, response.Status,
                (DeployHQErrorBody.IsHtml(response.Body) ? string.Empty : "the answer is not JSON: ") + DeployHQErrorBody.Describe(response.Body, _redactor),
                unexpected: true);
        }

        private DeployHQException Rejected(string operation, DeployHQResponse response, string hint)
        {
            string detail = DeployHQErrorBody.Describe(response.Body, _redactor);
            if (response.Status == 401)
            {
                detail += " (check SpecConstitutionDeployHQUser and the API key's environment variable)";
            }

            return new DeployHQException(operation, response.Status, detail + hint, rejected: true);
        }

        /// <summary>DeployHQ lists are arrays, or paginated objects with "records"; anything else is not a list.</summary>
        private IEnumerable<JsonNode> Records(JsonNode node, string operation) =>
            node is JsonArray array ? array.Items
            : node["records"] is JsonArray records ? records.Items
            : throw new DeployHQException(operation, null, "JSON that is not a list (no array, no \"records\"): "
                + DeployHQErrorBody.Excerpt(JsonTextWriter.Write(node), _redactor), unexpected: true);

        public void Dispose() => _http.Dispose();

        public static string StatusOf(JsonNode deployment) => deployment["status"]?.AsString() ?? "unknown";
    }
}
