using System.Diagnostics;
using SpecConstitution.Tasks.Tests.Infrastructure;
using static SpecConstitution.Tasks.Tests.Deploy.TriggerDeployHQTests;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>What DeployHQ (or the network) can do wrong, against a real server on 127.0.0.1.</summary>
public sealed class DeployFaultTests
{
    [Fact]
    public void A_wrong_key_gets_401_and_SC5016_quoting_DeployHQ_without_the_key()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine, apiKey: "not-the-key-" + Guid.NewGuid().ToString("N")), engine));

        BuildError(engine, "SC5016", "HTTP 401", "HTTP Basic: Access denied.", "SpecConstitutionDeployHQUser");
        Assert.Single(scenario.Server.Requests);
    }

    [Fact]
    public void Parent_must_exist_is_quoted_and_explained_as_a_full_deploy_case()
    {
        using var scenario = new DeployScenario();
        scenario.Server.KnownRevisions.Clear();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5016", "HTTP 422", "parent must exist", FakeDeployHQ.LastRevision, "empty start revision", "SpecConstitutionDeployHQFullDeploy=true");
        Assert.Empty(scenario.Server.Deployments);
    }

    [Theory]
    [InlineData("{\"end_revision\":[\"can't be blank\"],\"mode\":[\"is not included in the list\"]}", "end_revision can't be blank; mode is not included in the list")]
    [InlineData("{\"error\":\"Project is locked for deployments\"}", "Project is locked for deployments")]
    [InlineData("{\"errors\":[\"Server is disabled\",\"Branch is protected\"]}", "Server is disabled; Branch is protected")]
    [InlineData("{\"errors\":{\"parent\":[\"must exist\"]}}", "parent must exist")]
    public void DeployHQs_422_shapes_are_quoted_in_SC5016(string body, string quoted)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.Reject(422, body));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5016", "creating the deployment", "HTTP 422", quoted);
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void A_500_is_final_and_quoted_in_SC5016_without_a_retry()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "servers", Fault.Reject(500, "{\"error\":\"We're sorry, but something went wrong\"}"));
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5016", "listing servers", "HTTP 500", "something went wrong");
        Assert.Single(scenario.Server.RequestsTo("GET", "/servers"));
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void A_503_with_Retry_After_is_retried_after_the_time_it_asks_for()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.Unavailable("1"));
        var engine = new RecordingBuildEngine();
        var clock = Stopwatch.StartNew();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed}");
        Assert.Equal(2, scenario.Server.RequestsTo("POST", "/deployments").Count);
        Assert.Single(scenario.Server.Deployments);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("HTTP 503; retrying in 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_429_is_retried_and_a_huge_Retry_After_is_capped()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "servers", Fault.TooManyRequests("3600"));
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.RetryDelayCapMilliseconds = 100;
        var clock = Stopwatch.StartNew();

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(2, scenario.Server.RequestsTo("GET", "/servers").Count);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("HTTP 429; retrying in 0.1 s (Retry-After capped)", StringComparison.Ordinal));
    }

    [Fact]
    public void Persistent_503s_end_in_SC5017_after_the_attempt_limit()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Enumerable.Repeat(Fault.Unavailable("0"), 10).ToArray());
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5017", "HTTP 503 after 4 attempts", "Service temporarily unavailable");
        Assert.Equal(4, scenario.Server.RequestsTo("POST", "/deployments").Count);
        Assert.Empty(scenario.Server.Deployments);
    }

    [Fact]
    public void A_slow_read_times_out_and_is_retried()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "server_groups", Fault.Slow(3_000));
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.RequestTimeoutMilliseconds = 300;

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Equal(2, scenario.Server.RequestsTo("GET", "/server_groups").Count);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("no answer within 0.3 s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dropped_read_is_retried()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("GET", "servers", Fault.DropConnection());
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Equal(2, scenario.Server.RequestsTo("GET", "/servers").Count);
    }

    [Fact]
    public void A_POST_that_timed_out_after_DeployHQ_acted_is_found_in_the_deployments_list_not_sent_again()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.ActThenStall(3_000));
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.RequestTimeoutMilliseconds = 300;

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Single(scenario.Server.RequestsTo("GET", "/deployments"));
        Assert.Equal((string)scenario.Server.Deployments.Single()["identifier"]!, task.DeploymentIdentifier);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("not sending the request again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_POST_whose_connection_dropped_after_DeployHQ_acted_creates_one_deployment()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.ActThenDrop());
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Single(scenario.Server.Deployments);
    }

    [Fact]
    public void A_POST_dropped_before_DeployHQ_acted_is_sent_again_once_the_list_shows_no_deployment()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.Inject("POST", "deployments", Fault.DropConnection());
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Equal(2, scenario.Server.RequestsTo("POST", "/deployments").Count);
        Assert.Single(scenario.Server.RequestsTo("GET", "/deployments"));
        Assert.Single(scenario.Server.Deployments);
    }

    [Fact]
    public void A_server_that_is_not_listening_is_SC5017_within_the_attempt_limit()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        task.BaseUrl = $"http://127.0.0.1:{((System.Net.IPEndPoint)closed.LocalEndpoint).Port}/";
        closed.Stop();
        var clock = Stopwatch.StartNew();

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5017", "listing servers", "after 4 attempts");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
