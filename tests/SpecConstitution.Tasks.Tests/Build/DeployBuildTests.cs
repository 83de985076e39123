using System.IO.Compression;
using System.Text;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Build;

/// <summary>Real `dotnet build` runs of a generated project that imports this repository's targets.</summary>
public sealed class DeployBuildTests
{
    [Fact]
    public void Two_clean_builds_of_one_commit_write_byte_identical_manifests()
    {
        using var build = new RealBuild();
        var environment = new Dictionary<string, string?>();

        (int first, string firstOutput) = build.Run(environment, "build", "App/App.csproj", "-nologo", "-v:m");
        Assert.True(first == 0, firstOutput);
        byte[] firstManifest = File.ReadAllBytes(build.ManifestPath);
        System.IO.Directory.Delete(build.Directory.File("App/bin"), recursive: true);
        System.IO.Directory.Delete(build.Directory.File("App/obj"), recursive: true);
        (int second, string secondOutput) = build.Run(environment, "build", "App/App.csproj", "-nologo", "-v:m");
        Assert.True(second == 0, secondOutput);

        Assert.Equal(firstManifest, File.ReadAllBytes(build.ManifestPath));
        string manifest = Encoding.UTF8.GetString(firstManifest);
        Assert.Contains($"\"commit\": \"{build.Commit}\"", manifest);
        Assert.Contains("\"commitOrigin\": \"sourcelink\"", manifest);
        Assert.Contains("\"name\": \"App.dll\"", manifest);
        Assert.Contains("\"passed\": true", manifest);
    }

    [Fact]
    public void A_deploying_build_with_a_binlog_and_diagnostic_verbosity_never_records_the_API_key()
    {
        using var build = new RealBuild();
        using var server = new FakeDeployHQ();
        string binlog = build.Logs.File("deploy.binlog");
        var environment = new Dictionary<string, string?> { ["DEPLOYHQ_API_KEY"] = server.ApiKey };

        (int exitCode, string output) = build.Run(environment,
            "build", "App/App.csproj", "-nologo", "-v:diag", "-bl:" + binlog,
            "-p:SpecConstitutionDeploy=true",
            "-p:SpecConstitutionDeployHQAccount=example",
            "-p:SpecConstitutionDeployHQBaseUrl=" + server.BaseUrl,
            "-p:SpecConstitutionDeployHQProject=" + FakeDeployHQ.ProjectPermalink,
            "-p:SpecConstitutionDeployHQTarget=web-1",
            "-p:SpecConstitutionDeployHQUser=" + FakeDeployHQ.User);

        Assert.True(exitCode == 0, output[^Math.Min(output.Length, 20_000)..]);
        RecordedRequest post = Assert.Single(server.RequestsTo("POST", "/deployments"));
        Assert.Equal(build.Commit, (string?)post.Deployment!["end_revision"]);
        Assert.Contains("SpecConstitution: DeployHQ deployment ", output);

        byte[][] secrets =
        [
            Encoding.UTF8.GetBytes(server.ApiKey),
            Encoding.Unicode.GetBytes(server.ApiKey),
            Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeDeployHQ.User + ":" + server.ApiKey))),
        ];
        byte[] log = Encoding.UTF8.GetBytes(output);
        byte[] events = Decompress(binlog);
        Assert.True(events.Length > 100_000, $"the binlog holds only {events.Length} bytes");

        // Control: the search does find what the build did record (the user and the target are properties).
        byte[] user = Encoding.UTF8.GetBytes(FakeDeployHQ.User);
        Assert.NotEqual(-1, events.AsSpan().IndexOf(user));
        Assert.NotEqual(-1, log.AsSpan().IndexOf(user));
        foreach (byte[] secret in secrets)
        {
            Assert.Equal(-1, log.AsSpan().IndexOf(secret));
            Assert.Equal(-1, events.AsSpan().IndexOf(secret));
        }

        Assert.DoesNotContain(server.ApiKey, File.ReadAllText(build.ManifestPath));
        Assert.DoesNotContain(server.ApiKey, File.ReadAllText(build.Directory.File("App/bin/Debug/net10.0/spec-deployment.json")));
    }

    [Fact]
    public void The_standalone_target_deploys_an_existing_manifest_and_a_key_property_is_refused()
    {
        using var build = new RealBuild();
        using var server = new FakeDeployHQ();
        Assert.Equal(0, build.Run(new Dictionary<string, string?>(), "build", "App/App.csproj", "-nologo", "-v:m").ExitCode);
        string[] settings =
        [
            "-p:SpecConstitutionDeployHQBaseUrl=" + server.BaseUrl, "-p:SpecConstitutionDeployHQProject=" + FakeDeployHQ.ProjectPermalink,
            "-p:SpecConstitutionDeployHQTarget=" + FakeDeployHQ.ServerId, "-p:SpecConstitutionDeployHQUser=" + FakeDeployHQ.User,
        ];

        (int refused, string refusedOutput) = build.Run(new Dictionary<string, string?>(),
            ["msbuild", "App/App.csproj", "-nologo", "-t:SpecConstitutionDeploy", "-p:SpecConstitutionDeployHQApiKey=typed-on-the-command-line", .. settings]);
        (int deployed, string deployedOutput) = build.Run(new Dictionary<string, string?> { ["CI_DEPLOY_KEY"] = server.ApiKey },
            ["msbuild", "App/App.csproj", "-nologo", "-t:SpecConstitutionDeploy", "-p:SpecConstitutionDeployHQApiKeyVariable=CI_DEPLOY_KEY", .. settings]);

        Assert.NotEqual(0, refused);
        Assert.Contains("error SC5014", refusedOutput);
        Assert.True(deployed == 0, deployedOutput);
        Assert.Single(server.RequestsTo("POST", "/deployments"));
    }

    private static byte[] Decompress(string binlog)
    {
        using var gzip = new GZipStream(File.OpenRead(binlog), CompressionMode.Decompress);
        using var events = new MemoryStream();
        gzip.CopyTo(events);
        return events.ToArray();
    }
}
