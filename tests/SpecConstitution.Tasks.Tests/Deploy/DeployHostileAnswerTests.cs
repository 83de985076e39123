using System.Net;
using System.Text;
using SpecConstitution.Tasks.Tests.Infrastructure;
using static SpecConstitution.Tasks.Tests.Deploy.TriggerDeployHQTests;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>
/// Answers that are not DeployHQ's (proxy pages, wrong JSON, redirects) and base URLs that would send the key in the
/// clear: each is a clear SC5xxx error, never an exception, never a second deployment, never the key in a log line.
/// </summary>
public sealed class DeployHostileAnswerTests
{
    private const string ProxyLoginPage = "<!DOCTYPE html>\r\n<html><head><title>Sign in &mdash; Corporate Proxy</title>"
        + "<style>body { color: red }</style><script>var secret = 'inline-script';</script></head>\n<body><h1>Sign in</h1>\r\n"
        + "<p>Your session &amp; access expired.</p>\nerror SC0000: forged line\n<!-- comment -->";

    private static readonly string Padding = string.Concat(Enumerable.Repeat("<div>filler text for a long page</div>\n", 200)) + "</body></html>";

    private const string BadGatewayPage = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";

    [Fact]
    public void An_HTML_page_with_200_instead_of_the_server_list_is_SC5019_quoting_a_short_one_line_excerpt()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "servers", Fault.Answer(200, ProxyLoginPage + Padding));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5019", "listing servers", "HTTP 200", "HTML page", "Sign in - Corporate Proxy", "session & access expired");
        string message = engine.Errors.Single().Message!;
        Assert.DoesNotContain("<", message, StringComparison.Ordinal);
        Assert.DoesNotContain("inline-script", message, StringComparison.Ordinal);
        Assert.DoesNotContain("color: red", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", message, StringComparison.Ordinal);
        Assert.True(message.Length < 600, $"{message.Length} characters: {message}");
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void An_HTML_500_page_is_SC5016_quoting_its_title_not_the_markup()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "server_groups", Fault.Reject(500, "<html><head><title>We're sorry, but something went wrong (500)</title></head><body><div>x</div></body></html>"));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5016", "listing server groups", "HTTP 500", "HTML page", "something went wrong (500)");
        Assert.DoesNotContain("<", engine.Errors.Single().Message!, StringComparison.Ordinal);
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void An_HTML_502_on_a_read_is_retried()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "servers", Fault.Answer(502, BadGatewayPage));
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Equal(2, scenario.Server.RequestsTo("GET", "/servers").Count);
        Assert.Single(scenario.Server.Deployments);
    }

    [Fact]
    public void An_HTML_page_with_200_for_the_deployment_POST_is_SC5019_and_the_POST_is_not_sent_again()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.Answer(200, ProxyLoginPage));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5019", "creating the deployment", "HTTP 200", "HTML page", "Corporate Proxy", "not sent again",
            scenario.Server.BaseUrl + "projects/" + FakeDeployHQ.ProjectPermalink + "/deployments");
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Empty(scenario.Server.Deployments);
    }

    [Fact]
    public void A_proxys_HTML_502_after_DeployHQ_acted_on_the_POST_is_not_resent_the_deployment_is_found()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.ActThenAnswer(502, BadGatewayPage));
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Single(scenario.Server.RequestsTo("GET", "/deployments"));
        Assert.Equal((string)scenario.Server.Deployments.Single()["identifier"]!, task.DeploymentIdentifier);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("HTTP 502 from a gateway", StringComparison.Ordinal)
            && m.Message.Contains("502 Bad Gateway - nginx/1.25.3", StringComparison.Ordinal));
        Assert.Contains(engine.Messages, m => m.Message!.Contains("not sending the request again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_504_before_DeployHQ_acted_is_resent_only_after_the_list_shows_no_deployment()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.Answer(504, "<html><title>504 Gateway Time-out</title></html>"));
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Equal(2, scenario.Server.RequestsTo("POST", "/deployments").Count);
        Assert.Single(scenario.Server.RequestsTo("GET", "/deployments"));
        Assert.Single(scenario.Server.Deployments);
    }

    [Fact]
    public void Persistent_HTML_502s_on_the_POST_end_in_SC5017_quoting_the_page_with_a_lookup_before_every_resend()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Enumerable.Repeat(Fault.Answer(502, BadGatewayPage), 10).ToArray());
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5017", "creating the deployment", "HTTP 502 from a gateway", "502 Bad Gateway - nginx/1.25.3", "after 4 attempts", "no deployment");
        Assert.DoesNotContain("<", engine.Errors.Single().Message!, StringComparison.Ordinal);
        Assert.Equal(4, scenario.Server.RequestsTo("POST", "/deployments").Count);
        Assert.Equal(4, scenario.Server.RequestsTo("GET", "/deployments").Count);
        Assert.Empty(scenario.Server.Deployments);
    }

    [Theory]
    [InlineData(200, "{}", "without a deployment identifier")]
    [InlineData(200, "{\"status\":\"ok\"}", "without a deployment identifier")]
    [InlineData(201, "{\"deployment\":{\"status\":\"pending\"}}", "without a deployment identifier")]
    [InlineData(200, "{\"identifier\":42}", "without a deployment identifier")]
    [InlineData(200, "[]", "without a deployment identifier")]
    [InlineData(200, "null", "without a deployment identifier")]
    [InlineData(200, "", "(empty body)")]
    [InlineData(204, "", "(empty body)")]
    [InlineData(200, "OK", "\"OK\"")]
    public void A_2xx_without_a_deployment_for_the_POST_is_SC5019_and_not_sent_again(int status, string body, string quoted)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.Answer(status, body));
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5019", "creating the deployment", "HTTP " + status, quoted, "not sent again", "may have been acted on");
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Null(task.DeploymentIdentifier);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(scenario.ManifestPath)!, "spec-deployment.json")));
    }

    [Fact]
    public void A_POST_that_DeployHQ_acted_on_but_answered_with_the_wrong_shape_makes_exactly_one_deployment()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.ActThenAnswer(200, "{\"result\":\"queued\"}"));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5019", "creating the deployment", "result", "not sent again");
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Single(scenario.Server.Deployments);
    }

    [Theory]
    [InlineData("{\"servers\":\"none\"}")]
    [InlineData("{\"records\":{}}")]
    [InlineData("\"servers\"")]
    public void A_server_list_of_the_wrong_shape_is_SC5019_not_an_empty_project(string body)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "servers", Fault.Answer(200, body));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5019", "listing servers", "not a list");
        Assert.DoesNotContain("SC5015", engine.ErrorCodes);
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Theory]
    [InlineData("{}", "without a deployment status")]
    [InlineData("[]", "without a deployment status")]
    [InlineData("<html><head><title>Maintenance</title></head><body>Back soon</body></html>", "Maintenance - Back soon")]
    public void An_unreadable_answer_while_waiting_is_SC5019_not_a_wait_until_the_timeout(string body, string quoted)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "deployments/{id}", Fault.Answer(200, body));
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Wait = true;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5019", "reading deployment " + task.DeploymentIdentifier, quoted);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Single(scenario.Server.Deployments);
    }

    public static TheoryData<int, string, string, string> Redirects()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (int status in new[] { 301, 302, 307, 308 })
        {
            data.Add(status, "GET", "servers", "localhost");
            data.Add(status, "POST", "deployments", "localhost");
            if (OperatingSystem.IsLinux())
            {
                // All of 127.0.0.0/8 is the loopback interface on Linux: a second "host" with its own address.
                data.Add(status, "POST", "deployments", "127.0.0.2");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Redirects))]
    public void A_redirect_to_another_host_is_not_followed_and_the_other_host_never_sees_the_credentials(int status, string method, string route, string otherHost)
    {
        using var scenario = new DeployScenario();
        using var other = new FakeDeployHQ(otherHost == "localhost" ? IPAddress.Loopback : IPAddress.Parse(otherHost));
        scenario.WriteManifest();
        string location = $"http://{otherHost}:{other.Port}/projects/{FakeDeployHQ.ProjectPermalink}/{route}?token=from-the-query";
        scenario.Server.Inject(method, route, Fault.Redirect(status, location));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5016", "HTTP " + status, "redirected to", $"host {otherHost}:{other.Port}", "not followed", "not the configured host",
            "SpecConstitutionDeployHQBaseUrl");
        Assert.DoesNotContain("from-the-query", engine.AllText, StringComparison.Ordinal);
        Assert.Empty(other.Requests);
        Assert.DoesNotContain(other.Requests, r => r.Authorization != null);
        Assert.True(scenario.Server.RequestsTo("POST", "/deployments").Count <= 1);
        Assert.Empty(scenario.Server.Deployments);
        Assert.Empty(other.Deployments);
    }

    [Fact]
    public void A_redirect_on_the_same_host_is_not_followed_either()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "servers", Fault.Redirect(302, "/login"));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5016", "HTTP 302", "redirected to " + scenario.Server.BaseUrl + "login", "never followed");
        Assert.Single(scenario.Server.Requests);
    }

    [Theory]
    [InlineData("http://example.deployhq.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://[2001:db8::1]/")]
    [InlineData("http://128.0.0.1/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("HTTP://DEPLOYHQ.EXAMPLE.COM/")]
    public void A_plain_http_base_URL_off_loopback_is_refused_with_SC5013_before_any_request(string baseUrl)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.BaseUrl = baseUrl;

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5013", "plain http", "unencrypted", "use https", "loopback");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void A_base_URL_with_credentials_in_it_is_refused_with_SC5013()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.BaseUrl = $"http://someone:hunter2@127.0.0.1:{scenario.Server.Port}/";

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5013", "user name or password");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void Plain_http_to_localhost_by_name_is_allowed_and_deploys()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.BaseUrl = $"http://localhost:{scenario.Server.Port}/";

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Single(scenario.Server.Deployments);
    }

    [Theory]
    [InlineData("http://127.8.9.10:{port}/")]
    [InlineData("http://[::1]:{port}/")]
    [InlineData("http://LOCALHOST.:{port}/")]
    [InlineData("https://deployhq.invalid/")]
    public void Loopback_http_and_any_https_pass_the_TLS_check(string baseUrl)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        int port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        task.BaseUrl = baseUrl.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        task.MaxAttempts = 1;

        Assert.False(scenario.Run(task, engine));

        // Nothing listens there: the request was made (SC5017), so the URL was accepted.
        Assert.DoesNotContain("SC5013", engine.ErrorCodes);
        BuildError(engine, "SC5017", "listing servers");
    }

    public static TheoryData<string> EchoingFaults() => new() { "html-200", "html-502-post", "json-200-post", "redirect", "redirect-host", "html-401" };

    /// <summary>A hostile or broken server echoes the key back in every place it can; no logged text carries it.</summary>
    [Theory]
    [MemberData(nameof(EchoingFaults))]
    public void The_key_echoed_back_by_a_faulty_server_appears_in_no_logged_text(string fault)
    {
        using var scenario = new DeployScenario();
        using var other = new FakeDeployHQ();
        scenario.WriteManifest();
        string key = scenario.Server.ApiKey;
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeDeployHQ.User + ":" + key));
        string keyBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
        string echo = $"<html><head><title>Denied {key}</title></head><body><p>Authorization: Basic {basic}</p><p>{keyBase64}</p>"
            + $"<p>{key.Replace("-", "&#45;", StringComparison.Ordinal)}</p><p>{key[..4]}<b></b>{key[4..]}</p></body></html>";
        switch (fault)
        {
            case "html-200":
                scenario.Server.Inject("GET", "servers", Fault.Answer(200, echo));
                break;
            case "html-502-post":
                scenario.Server.Inject("POST", "deployments", Enumerable.Repeat(Fault.Answer(502, echo), 10).ToArray());
                break;
            case "json-200-post":
                scenario.Server.Inject("POST", "deployments", Fault.Answer(200, $"{{\"echo\":\"{key}\",\"auth\":\"Basic {basic}\"}}"));
                break;
            case "redirect":
                scenario.Server.Inject("POST", "deployments", Fault.Redirect(307, $"http://localhost:{other.Port}/{key}/{basic}?api_key={key}"));
                break;
            case "redirect-host":
                scenario.Server.Inject("GET", "servers", Fault.Redirect(301, $"http://{key}.example.com/{key}"));
                break;
            case "html-401":
                scenario.Server.Inject("GET", "servers", Fault.Reject(401, echo));
                break;
        }

        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        Assert.NotEmpty(engine.Errors);
        Assert.DoesNotContain("MSB4018", engine.ErrorCodes);
        Assert.DoesNotContain("SC5099", engine.ErrorCodes);
        IEnumerable<string?> texts = engine.Errors.SelectMany(e => new[] { e.Message, e.Code, e.File, e.HelpLink, e.Subcategory })
            .Concat(engine.Warnings.Select(w => w.Message))
            .Concat(engine.Messages.Select(m => m.Message));
        foreach (string? text in texts)
        {
            Assert.DoesNotContain(key, text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(basic, text ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(keyBase64, text ?? string.Empty, StringComparison.Ordinal);
        }

        Assert.Empty(other.Requests);
        Assert.True(scenario.Server.Deployments.Count <= 1);
    }
}
