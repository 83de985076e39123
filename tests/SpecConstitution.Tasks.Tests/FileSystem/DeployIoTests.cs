using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.FileSystem;

/// <summary>Issue 25, classes 2 and 6 for the DeployHQ trigger: its file I/O never blocks and never ends in SC5099.</summary>
public class DeployIoTests
{
    [UnixFact]
    public void A_fifo_at_the_manifest_path_is_refused_without_blocking_and_sends_nothing()
    {
        using var scenario = new DeployScenario();
        HostileFiles.MakeFifo(scenario.ManifestPath);
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ trigger = scenario.Trigger(engine);

        Assert.False(HostileFiles.WithinLimit(trigger.Execute, "the DeployHQ trigger reading a FIFO manifest"));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("SC5013", error.Code);
        Assert.Contains("named pipe", error.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void A_folder_at_the_deployment_report_path_is_SC5004_after_the_deployment()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        string report = scenario.Directory.File("App/bin/report-folder");
        Directory.CreateDirectory(report);
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ trigger = scenario.Trigger(engine);
        trigger.ReportPath = report;

        Assert.False(scenario.Run(trigger, engine));

        Assert.Equal(["SC5004"], engine.ErrorCodes);
        Assert.Equal(report, engine.Errors[0].File);
        Assert.NotNull(trigger.DeploymentIdentifier);
    }
}
