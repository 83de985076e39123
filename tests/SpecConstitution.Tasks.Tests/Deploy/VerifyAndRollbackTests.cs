using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>SC5031/SC5032: the deployed app is asked, and a failed answer returns the target to its previous completed deployment, once.</summary>
public sealed class VerifyAndRollbackTests
{
    private static TriggerDeployHQ Verifying(DeployScenario scenario, RecordingBuildEngine engine, FakeApp app, bool rollback)
    {
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Wait = true;
        task.VerifyUrls = app.Url;
        task.VerifyTimeoutSeconds = 3;
        task.VerifyRetryDelayMilliseconds = 200;
        task.RollbackOnFailure = rollback;
        scenario.Server.StatusProgression.Enqueue("running");
        scenario.Server.StatusProgression.Enqueue("completed");
        scenario.Server.StatusProgression.Enqueue("completed"); // the rollback deployment's first read
        return task;
    }

    [Fact]
    public void A_503_after_completion_is_SC5031_and_rolls_back_once_to_the_earlier_completed_deployment_SC5032()
    {
        using var scenario = new DeployScenario();
        string earlier = scenario.Server.AddCompletedDeployment(FakeDeployHQ.ServerId, FakeDeployHQ.LastRevision);
        scenario.WriteManifest();
        using var app = new FakeApp(503);
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = Verifying(scenario, engine, app, rollback: true);

        Assert.False(scenario.Run(task, engine), engine.AllText);

        var notVerified = Assert.Single(engine.Errors, e => e.Code == "SC5031");
        Assert.Contains(app.Url, notVerified.Message);
        Assert.Contains("HTTP 503", notVerified.Message);
        Assert.True(app.Requests >= 2, "bounded retries within the timeout: " + app.Requests);
        Assert.Empty(app.Authorizations);
        RecordedRequest rollback = Assert.Single(scenario.Server.RequestsTo("POST", "/rollback"));
        Assert.Equal($"/projects/quotes-api/deployments/{earlier}/rollback", rollback.Path);
        var rolledBack = Assert.Single(engine.Errors, e => e.Code == "SC5032");
        Assert.Contains(task.DeploymentIdentifier!, rolledBack.Message);
        Assert.Contains(earlier, rolledBack.Message);
        Assert.Contains("ended 'completed'", rolledBack.Message);
        // The rollback DeployHQ created goes from our commit back to the earlier one.
        var created = scenario.Server.Deployments.Last();
        Assert.Equal(scenario.Commit, (string?)created["start_revision"]!["ref"]);
        Assert.Equal(FakeDeployHQ.LastRevision, (string?)created["end_revision"]!["ref"]);
    }

    [Fact]
    public void Without_an_earlier_completed_deployment_SC5032_says_so_and_sends_no_rollback()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        using var app = new FakeApp(503);
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(Verifying(scenario, engine, app, rollback: true), engine), engine.AllText);

        Assert.Single(engine.Errors, e => e.Code == "SC5031");
        var explained = Assert.Single(engine.Errors, e => e.Code == "SC5032");
        Assert.Contains("NOT rolled back", explained.Message);
        Assert.Contains("no completed deployment before", explained.Message);
        Assert.Empty(scenario.Server.RequestsTo("POST", "/rollback"));
    }

    [Fact]
    public void Without_RollbackOnFailure_a_failed_verification_is_SC5031_only()
    {
        using var scenario = new DeployScenario();
        scenario.Server.AddCompletedDeployment(FakeDeployHQ.ServerId, FakeDeployHQ.LastRevision);
        scenario.WriteManifest();
        using var app = new FakeApp(503);
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(Verifying(scenario, engine, app, rollback: false), engine), engine.AllText);

        Assert.Single(engine.Errors, e => e.Code == "SC5031");
        Assert.DoesNotContain(engine.Errors, e => e.Code == "SC5032");
        Assert.Empty(scenario.Server.RequestsTo("POST", "/rollback"));
    }

    [Fact]
    public void An_app_that_answers_200_is_verified_and_nothing_is_rolled_back()
    {
        using var scenario = new DeployScenario();
        scenario.Server.AddCompletedDeployment(FakeDeployHQ.ServerId, FakeDeployHQ.LastRevision);
        scenario.WriteManifest();
        using var app = new FakeApp(200);
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(Verifying(scenario, engine, app, rollback: true), engine), engine.AllText);

        Assert.Equal(1, app.Requests);
        Assert.Empty(scenario.Server.RequestsTo("POST", "/rollback"));
        Assert.Contains(engine.Messages, m => m.Message!.Contains("verified " + app.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://app.example.com/health", true, "plain http")]
    [InlineData("ftp://127.0.0.1/health", true, "not an http(s) URL")]
    [InlineData("https://app.example.com/health", false, "needs SpecConstitutionDeployHQWait=true")]
    public void A_verify_url_that_cannot_be_used_is_refused_before_any_request(string url, bool wait, string expected)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Wait = wait;
        task.VerifyUrls = url;

        Assert.False(scenario.Run(task, engine));

        Assert.Contains(expected, Assert.Single(engine.Errors, e => e.Code == "SC5013").Message);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public async Task The_stand_in_refuses_to_roll_back_to_the_servers_latest_deployment_as_DeployHQ_does()
    {
        using var server = new FakeDeployHQ();
        string latest = server.AddCompletedDeployment(FakeDeployHQ.ServerId, FakeDeployHQ.LastRevision);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{server.BaseUrl}projects/quotes-api/deployments/{latest}/rollback")
        {
            Content = new StringContent("{\"mode\":\"queue\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FakeDeployHQ.User + ":" + server.ApiKey)));
        request.Headers.Accept.ParseAdd("application/json");

        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("latest deployment", await response.Content.ReadAsStringAsync());
        Assert.Single(server.Deployments);
    }
}
