using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecConstitution.TestSupport;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers as DeployHQ's API does for the calls the trigger makes: Basic
/// auth (401 otherwise), JSON only, servers and server groups, deployments list/create/read, 422 with DeployHQ's
/// error shapes. Faults (status codes with Retry-After, slow answers, dropped connections) are scripted per route.
/// </summary>
public sealed partial class FakeDeployHQ : IDisposable
{
    public const string User = "deployer@example.com";
    public const string ProjectPermalink = "quotes-api";
    public const string ServerId = "6d3a4b8e-0f1c-4c2a-9a51-1b8f6c2e7d10";
    public const string StagingServerId = "a1f0e2d3-5b6c-4d7e-8f90-123456789abc";
    public const string GroupId = "0c9e8d7f-6a5b-4c3d-2e1f-fedcba987654";
    public const string LastRevision = "1111111111111111111111111111111111111111";

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new();
    private readonly object _gate = new();

    /// <param name="address">Where to listen: 127.0.0.1 unless another loopback address is given (a second "host").</param>
    public FakeDeployHQ(IPAddress? address = null)
    {
        ApiKey = "dhq-" + Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        _listener = new TcpListener(address ?? IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseUrl = $"http://{address ?? IPAddress.Loopback}:{Port}/";
        _loop = Task.Run(AcceptLoop);
        Servers.Add(Server(ServerId, "web-1", "production", LastRevision));
        Servers.Add(Server(StagingServerId, "staging-1", "staging", ""));
        Groups.Add(new JsonObject
        {
            ["identifier"] = GroupId,
            ["name"] = "Production web",
            ["environment"] = "production-cluster",
            ["last_revision"] = LastRevision,
            ["servers"] = new JsonArray(Server(ServerId, "web-1", "production", LastRevision)),
        });
        KnownRevisions.Add(LastRevision);
    }

    public string ApiKey { get; }

    public string BaseUrl { get; }

    public int Port { get; }

    public List<JsonObject> Servers { get; } = [];

    public List<JsonObject> Groups { get; } = [];

    public List<JsonObject> Deployments { get; } = [];

    /// <summary>Commits DeployHQ can find in the repository; a start revision outside them gets "parent must exist".</summary>
    public HashSet<string> KnownRevisions { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Statuses a deployment moves through on successive reads (after "pending").</summary>
    public Queue<string> StatusProgression { get; } = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>GET build_configuration: the project's default build configuration (DeployHQ's shape: identifier, packages, default, servers).</summary>
    public JsonObject DefaultBuildConfiguration { get; set; } = new()
    {
        ["identifier"] = "b0c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e",
        ["packages"] = new JsonObject { ["dotnet"] = "10.0", ["node"] = "20" },
        ["default"] = true,
        ["servers"] = new JsonArray(),
    };

    /// <summary>GET build_configurations: per-server overrides (each with its servers) besides the default.</summary>
    public List<JsonObject> BuildConfigurationOverrides { get; } = [];

    /// <summary>
    /// A completed deployment already on the server, older than anything the test queues: what a rollback can return to.
    /// </summary>
    public string AddCompletedDeployment(string serverId, string endRevision)
    {
        JsonObject server = Servers.First(s => (string?)s["identifier"] == serverId);
        string id = Guid.NewGuid().ToString();
        lock (_gate)
        {
            Deployments.Add(new JsonObject
            {
                ["identifier"] = id,
                ["project"] = new JsonObject { ["permalink"] = ProjectPermalink },
                ["status"] = "completed",
                ["deployer"] = User,
                ["branch"] = "main",
                ["start_revision"] = new JsonObject { ["ref"] = "" },
                ["end_revision"] = new JsonObject { ["ref"] = endRevision },
                ["servers"] = new JsonArray(new JsonObject { ["identifier"] = serverId, ["name"] = (string?)server["name"] }),
            });
        }

        KnownRevisions.Add(endRevision);
        return id;
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathSuffix)
    {
        lock (_gate)
        {
            return Requests.Where(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal)).ToArray();
        }
    }

    /// <summary>Scripts the next answers of a route, e.g. ("POST", "deployments").</summary>
    public void Inject(string method, string route, params Fault[] faults)
    {
        ConcurrentQueue<Fault> queue = _faults.GetOrAdd(method + " " + route, _ => new ConcurrentQueue<Fault>());
        foreach (Fault fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static JsonObject Server(string id, string name, string environment, string lastRevision) => new()
    {
        ["identifier"] = id,
        ["name"] = name,
        ["environment"] = environment,
        ["protocol_type"] = "ssh",
        ["last_revision"] = lastRevision,
    };

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException || ex is SocketException || ex is ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Handle(client));
        }
    }

    /// <summary>One request per connection (Connection: close), so a drop is a real reset of a real socket.</summary>
    private async Task Handle(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                RecordedRequest? recorded = await ReadRequest(stream);
                if (recorded == null)
                {
                    return;
                }

                lock (_gate)
                {
                    Requests.Add(recorded);
                }

                string route = RouteOf(recorded.Path);
                Fault? fault = _faults.TryGetValue(recorded.Method + " " + route, out ConcurrentQueue<Fault>? queue) && queue.TryDequeue(out Fault? next) ? next : null;
                if (fault != null && !fault.ProcessFirst)
                {
                    await Task.Delay(fault.Delay);
                    if (fault.Drop)
                    {
                        Reset(client);
                        return;
                    }

                    if (fault.Status != null)
                    {
                        await Respond(stream, fault.Status.Value, fault.Body ?? "{\"error\":\"Service temporarily unavailable\"}", fault.RetryAfter, fault.Location);
                        return;
                    }
                }

                (int status, string answer) = Answer(recorded);
                if (fault != null && fault.ProcessFirst)
                {
                    // The request was acted on; the answer never arrives (dropped) or arrives too late.
                    await Task.Delay(fault.Delay);
                    if (fault.Drop)
                    {
                        Reset(client);
                        return;
                    }

                    if (fault.Status != null)
                    {
                        // Acted on, but what comes back is a proxy's page or some other answer than DeployHQ's.
                        await Respond(stream, fault.Status.Value, fault.Body ?? string.Empty, fault.RetryAfter, fault.Location);
                        return;
                    }
                }

                await Respond(stream, status, answer, null);
            }
            catch (Exception ex) when (ex is IOException || ex is SocketException || ex is ObjectDisposedException)
            {
                // The client gave up (timeout) while we were answering: that is the scenario under test.
            }
        }
    }

    private static void Reset(TcpClient client)
    {
        client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    private static async Task<RecordedRequest?> ReadRequest(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || !(head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            head.Add(one[0]);
        }

        string[] lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        int length = headers.TryGetValue("Content-Length", out string? value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        byte[] body = new byte[length];
        await stream.ReadExactlyAsync(body);
        string path = requestLine[1].Split('?')[0];
        return new RecordedRequest(requestLine[0], path, headers.GetValueOrDefault("Authorization"), headers.GetValueOrDefault("Accept"),
            headers.GetValueOrDefault("Content-Type"), Encoding.UTF8.GetString(body));
    }

    private static async Task Respond(NetworkStream stream, int status, string body, string? retryAfter, string? location = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        string contentType = body.StartsWith('{') || body.StartsWith('[') ? "application/json; charset=utf-8"
            : body.TrimStart().StartsWith('<') ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
        string head = $"HTTP/1.1 {status} {ReasonPhrase(status)}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n"
            + (retryAfter != null ? $"Retry-After: {retryAfter}\r\n" : string.Empty)
            + (location != null ? $"Location: {location}\r\n" : string.Empty) + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        401 => "Unauthorized",
        404 => "Not Found",
        406 => "Not Acceptable",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    };

    private static string RouteOf(string path)
    {
        Match match = ProjectRoute().Match(path);
        if (!match.Success)
        {
            return path;
        }

        string rest = match.Groups["rest"].Value;
        return rest.StartsWith("deployments/", StringComparison.Ordinal)
            ? rest.EndsWith("/rollback", StringComparison.Ordinal) ? "deployments/{id}/rollback" : "deployments/{id}"
            : rest;
    }

    private (int Status, string Body) Answer(RecordedRequest request)
    {
        string expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + ApiKey));
        if (request.Authorization != expected)
        {
            return (401, "HTTP Basic: Access denied.\n");
        }

        if (request.Accept == null || !request.Accept.Contains("application/json", StringComparison.Ordinal))
        {
            return (406, "{\"error\":\"Only application/json is supported\"}");
        }

        Match match = ProjectRoute().Match(request.Path);
        if (!match.Success || match.Groups["project"].Value != ProjectPermalink)
        {
            return (404, "{\"error\":\"Record not found\"}");
        }

        string rest = match.Groups["rest"].Value;
        lock (_gate)
        {
            return (request.Method, rest) switch
            {
                ("GET", "servers") => (200, new JsonArray(Servers.Select(s => (JsonNode)s.DeepClone()).ToArray()).ToJsonString()),
                ("GET", "server_groups") => (200, new JsonArray(Groups.Select(g => (JsonNode)g.DeepClone()).ToArray()).ToJsonString()),
                ("GET", "deployments") => (200, new JsonObject
                {
                    ["pagination"] = new JsonObject { ["current_page"] = 1, ["total_pages"] = 1, ["offset"] = 0, ["total_records"] = Deployments.Count },
                    ["records"] = new JsonArray(Deployments.AsEnumerable().Reverse().Select(d => (JsonNode)d.DeepClone()).ToArray()),
                }.ToJsonString()),
                ("POST", "deployments") => CreateDeployment(request),
                ("GET", "build_configuration") => (200, DefaultBuildConfiguration.ToJsonString()),
                ("GET", "build_configurations") => (200, new JsonArray(BuildConfigurationOverrides.Prepend(DefaultBuildConfiguration).Select(c => (JsonNode)c.DeepClone()).ToArray()).ToJsonString()),
                _ when request.Method == "POST" && rest.StartsWith("deployments/", StringComparison.Ordinal) && rest.EndsWith("/rollback", StringComparison.Ordinal)
                    => Rollback(request, rest["deployments/".Length..^"/rollback".Length]),
                _ when request.Method == "GET" && rest.StartsWith("deployments/", StringComparison.Ordinal) => ReadDeployment(rest["deployments/".Length..]),
                _ => (404, "{\"error\":\"Record not found\"}"),
            };
        }
    }

    private (int, string) CreateDeployment(RecordedRequest request)
    {
        if (request.ContentType == null || !request.ContentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            return (415, "{\"error\":\"Content-Type must be application/json\"}");
        }

        JsonObject? deployment;
        try
        {
            deployment = JsonNode.Parse(request.Body)?["deployment"] as JsonObject;
        }
        catch (JsonException)
        {
            return (400, "{\"error\":\"Invalid JSON\"}");
        }

        if (deployment == null)
        {
            return (422, "{\"error\":\"param is missing or the value is empty: deployment\"}");
        }

        var fieldErrors = new JsonObject();
        string? parent = deployment["parent_identifier"]?.GetValue<string>();
        string? start = deployment["start_revision"]?.GetValue<string>();
        string? end = deployment["end_revision"]?.GetValue<string>();
        string? mode = deployment["mode"]?.GetValue<string>();
        if (deployment.ContainsKey("environment"))
        {
            return (422, "{\"errors\":[\"environment is not a deployment attribute; choose the target with parent_identifier\"]}");
        }

        if (string.IsNullOrEmpty(end))
        {
            fieldErrors["end_revision"] = new JsonArray("can't be blank");
        }

        if (mode != "queue" && mode != "preview")
        {
            fieldErrors["mode"] = new JsonArray("is not included in the list");
        }

        JsonObject? target = Servers.Concat(Groups).FirstOrDefault(t => (string?)t["identifier"] == parent);
        if (target == null)
        {
            fieldErrors["parent_identifier"] = new JsonArray("is not a server or server group of this project");
        }
        else if (start == null)
        {
            fieldErrors["start_revision"] = new JsonArray("can't be nil (send an empty string for a full deployment)");
        }
        else if (start.Length > 0 && !KnownRevisions.Contains(start))
        {
            fieldErrors["parent"] = new JsonArray("must exist");
        }

        if (fieldErrors.Count > 0)
        {
            return (422, fieldErrors.ToJsonString());
        }

        JsonArray servers = target!["servers"] is JsonArray members
            ? new JsonArray(members.Select(m => (JsonNode)new JsonObject { ["identifier"] = (string?)m!["identifier"], ["name"] = (string?)m["name"] }).ToArray())
            : new JsonArray(new JsonObject { ["identifier"] = (string?)target["identifier"], ["name"] = (string?)target["name"] });
        var created = new JsonObject
        {
            ["identifier"] = Guid.NewGuid().ToString(),
            ["project"] = new JsonObject { ["permalink"] = ProjectPermalink },
            ["status"] = mode == "preview" ? "previewing" : "pending",
            ["deployer"] = User,
            ["branch"] = (string?)deployment["branch"],
            ["start_revision"] = new JsonObject { ["ref"] = start },
            ["end_revision"] = new JsonObject { ["ref"] = end },
            ["servers"] = servers,
        };
        Deployments.Add(created);
        return (201, created.ToJsonString());
    }

    /// <summary>
    /// DeployHQ's documented rules: the deployment rolled back to must exist, have a parent server, have completed, and
    /// must not be the latest deployment of that server; the rollback is a new deployment from the server's latest end
    /// revision to that deployment's end revision.
    /// </summary>
    private (int, string) Rollback(RecordedRequest request, string id)
    {
        JsonObject? to = Deployments.FirstOrDefault(d => (string?)d["identifier"] == id);
        if (to == null)
        {
            return (404, "{\"error\":\"Record not found\"}");
        }

        if (request.ContentType == null || !request.ContentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            return (415, "{\"error\":\"Content-Type must be application/json\"}");
        }

        string? serverId = (string?)(to["servers"] as JsonArray)?.FirstOrDefault()?["identifier"];
        if (serverId == null)
        {
            return (422, "{\"errors\":[\"Deployment has no parent server or server group\"]}");
        }

        if ((string?)to["status"] != "completed")
        {
            return (422, "{\"errors\":[\"Only a completed deployment can be rolled back\"]}");
        }

        JsonObject latest = Deployments.Last(d => (d["servers"] as JsonArray)?.Any(s => (string?)s?["identifier"] == serverId) == true);
        if (ReferenceEquals(latest, to))
        {
            return (422, "{\"errors\":[\"Deployment is the latest deployment for this server and cannot be rolled back\"]}");
        }

        var created = new JsonObject
        {
            ["identifier"] = Guid.NewGuid().ToString(),
            ["project"] = new JsonObject { ["permalink"] = ProjectPermalink },
            ["status"] = "pending",
            ["deployer"] = User,
            ["branch"] = (string?)to["branch"],
            ["start_revision"] = new JsonObject { ["ref"] = (string?)latest["end_revision"]?["ref"] },
            ["end_revision"] = new JsonObject { ["ref"] = (string?)to["end_revision"]?["ref"] },
            ["servers"] = to["servers"]!.DeepClone(),
        };
        Deployments.Add(created);
        return (201, created.ToJsonString());
    }

    private (int, string) ReadDeployment(string id)
    {
        JsonObject? deployment = Deployments.FirstOrDefault(d => (string?)d["identifier"] == id);
        if (deployment == null)
        {
            return (404, "{\"error\":\"Record not found\"}");
        }

        if (StatusProgression.TryDequeue(out string? status))
        {
            deployment["status"] = status;
        }

        return (200, deployment.ToJsonString());
    }

    [GeneratedRegex("^/projects/(?<project>[^/]+)/(?<rest>.+)$")]
    private static partial Regex ProjectRoute();
}

public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? Accept, string? ContentType, string Body)
{
    public JsonObject? Deployment => JsonNode.Parse(Body)?["deployment"] as JsonObject;
}

/// <summary>
/// One scripted answer: a status (with Retry-After or Location), a delay, a dropped connection; ProcessFirst acts on the
/// request first (then stalls, drops, or answers with the scripted status and body instead of DeployHQ's).
/// </summary>
public sealed record Fault(int? Status = null, string? RetryAfter = null, string? Body = null, TimeSpan Delay = default, bool Drop = false, bool ProcessFirst = false, string? Location = null)
{
    public static Fault Unavailable(string retryAfter) => new(503, retryAfter);

    public static Fault TooManyRequests(string retryAfter) => new(429, retryAfter, "{\"error\":\"Rate limit exceeded\"}");

    public static Fault Slow(int milliseconds) => new(Delay: TimeSpan.FromMilliseconds(milliseconds));

    public static Fault DropConnection() => new(Drop: true);

    public static Fault ActThenDrop() => new(Drop: true, ProcessFirst: true);

    public static Fault ActThenStall(int milliseconds) => new(Delay: TimeSpan.FromMilliseconds(milliseconds), ProcessFirst: true);

    public static Fault Reject(int status, string body) => new(status, Body: body);

    /// <summary>Answers with this status and body without acting on the request (a proxy's page, a wrong answer).</summary>
    public static Fault Answer(int status, string body) => new(status, Body: body);

    /// <summary>Acts on the request (creates the deployment), then answers with this status and body instead.</summary>
    public static Fault ActThenAnswer(int status, string body) => new(status, Body: body, ProcessFirst: true);

    public static Fault Redirect(int status, string location) => new(status, Body: string.Empty, Location: location);
}
