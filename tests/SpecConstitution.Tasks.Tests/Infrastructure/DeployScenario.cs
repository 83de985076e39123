using System.Text.Json.Nodes;

namespace SpecConstitution.Tasks.Tests.Infrastructure;

/// <summary>
/// A committed git repository with a Spec-Kit tree and build output, its manifest written by the real
/// WriteDeployManifest task, and a TriggerDeployHQ pointed at a <see cref="FakeDeployHQ"/> with short timeouts.
/// </summary>
public sealed class DeployScenario : IDisposable
{
    private readonly List<string> _variables = [];

    /// <param name="arrange">Writes more files (a spec with success criteria, a test project) before the commit.</param>
    public DeployScenario(string? rules = null, string status = "Complete", bool clarification = false, bool allTasksDone = true, Action<TempDirectory>? arrange = null)
    {
        Directory = new TempDirectory("sc-deploy");
        SpecKitSamples.WriteTree(Directory, rules, status, clarification, allTasksDone);
        arrange?.Invoke(Directory);
        Directory.Write(".gitignore", "bin/\nTestResults/\n");
        Directory.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Commit = GitRepository.Init(Directory.Path);
        Directory.Write("App/bin/App.dll", "not really a dll, but bytes to digest");
        Server = new FakeDeployHQ();
    }

    public TempDirectory Directory { get; }

    public FakeDeployHQ Server { get; }

    public string Commit { get; }

    public string ProjectDirectory => Directory.File("App");

    public string ManifestPath => Directory.File("App/bin/spec-manifest.json");

    public RecordingBuildEngine WriteManifest(Action<WriteDeployManifest>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteDeployManifest
        {
            BuildEngine = engine,
            ProjectDirectory = ProjectDirectory,
            ManifestPath = ManifestPath,
            Subjects = [new Microsoft.Build.Utilities.TaskItem(Directory.File("App/bin/App.dll"))],
            SubjectsDirectory = Directory.File("App/bin"),
        };
        configure?.Invoke(task);
        Assert.True(task.Execute(), engine.AllText);
        return engine;
    }

    public JsonObject Manifest => (JsonObject)JsonNode.Parse(File.ReadAllText(ManifestPath))!;

    /// <summary>Rewrites part of the manifest, as a tampered or stale file would be.</summary>
    public void EditManifest(Action<JsonObject> edit)
    {
        JsonObject manifest = Manifest;
        edit(manifest);
        File.WriteAllText(ManifestPath, manifest.ToJsonString());
    }

    /// <summary>A trigger with every setting filled in and the key in a variable only this test uses.</summary>
    public TriggerDeployHQ Trigger(RecordingBuildEngine engine, string target = FakeDeployHQ.ServerId, string? apiKey = null)
    {
        string variable = "SC_TEST_DEPLOYHQ_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, apiKey ?? Server.ApiKey);
        _variables.Add(variable);
        return new TriggerDeployHQ
        {
            BuildEngine = engine,
            ManifestPath = ManifestPath,
            ProjectDirectory = ProjectDirectory,
            Account = "example",
            BaseUrl = Server.BaseUrl,
            Project = FakeDeployHQ.ProjectPermalink,
            Target = target,
            User = FakeDeployHQ.User,
            ApiKeyVariable = variable,
            RequestTimeoutMilliseconds = 1_000,
            MaxAttempts = 4,
            RetryBaseDelayMilliseconds = 20,
            RetryDelayCapMilliseconds = 2_000,
            PollIntervalMilliseconds = 20,
            WaitTimeoutMilliseconds = 10_000,
        };
    }

    /// <summary>Runs the trigger and checks what every deploy test must hold: the key is in no logged text.</summary>
    public bool Run(TriggerDeployHQ task, RecordingBuildEngine engine)
    {
        bool result = task.Execute();
        string logged = engine.AllText;
        Assert.DoesNotContain(Server.ApiKey, logged);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FakeDeployHQ.User + ":" + Server.ApiKey)), logged);
        if (File.Exists(ManifestPath))
        {
            Assert.DoesNotContain(Server.ApiKey, File.ReadAllText(ManifestPath));
        }

        string report = Path.Combine(Path.GetDirectoryName(ManifestPath)!, "spec-deployment.json");
        if (File.Exists(report))
        {
            Assert.DoesNotContain(Server.ApiKey, File.ReadAllText(report));
        }

        return result;
    }

    public void Dispose()
    {
        foreach (string variable in _variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        Server.Dispose();
        Directory.Dispose();
    }
}
