using System.Diagnostics;

namespace SpecConstitution.Integration.Tests.Infrastructure;

/// <summary>A folder holding a generated consumer project (and its Spec-Kit tree) that uses the packed package.</summary>
public sealed class TestProjectDirectory
{
    private readonly PackageFixture _package;

    public TestProjectDirectory(PackageFixture package, string path)
    {
        _package = package;
        Path = path;
        Directory.CreateDirectory(path);
        // Adds the private feed; the machine's default sources stay (a project may need other packages).
        Write("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="specconstitution-under-test" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild from walking up into anything above the temp folder.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
    }

    public string Path { get; }

    public string PackageVersion => _package.Version;

    public string FullPath(string relativePath) => System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public TestProjectDirectory Write(string relativePath, string content)
    {
        string full = FullPath(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public bool Exists(string relativePath) => File.Exists(FullPath(relativePath));

    public void Delete(string relativePath) => File.Delete(FullPath(relativePath));

    /// <summary>
    /// `dotnet add package SpecConstitution --version … --source …` on a project under this folder: the README's
    /// install command, run for real (it restores, so the build that follows does not restore again).
    /// </summary>
    public TestProjectDirectory AddPackage(string projectRelativePath)
    {
        CommandResult add = Dotnet(["add", FullPath(projectRelativePath), "package", "SpecConstitution", "--version", _package.Version, "--source", _package.FeedDirectory]);
        if (add.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet add package failed for {projectRelativePath}:\n{add.Output}");
        }

        return this;
    }

    /// <summary>A web project (net10.0) referencing SpecConstitution as `dotnet add package` writes it.</summary>
    public TestProjectDirectory WriteWebProject(string relativePath = "App/App.csproj", string extraProperties = "") => Write(relativePath, $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            {extraProperties}
          </PropertyGroup>
          <ItemGroup>
            {_package.PackageReferenceAsTheCliWritesIt}
          </ItemGroup>
        </Project>
        """);

    /// <summary>`dotnet build` of a project or solution under this folder.</summary>
    public CommandResult Build(string relativePath = "App/App.csproj", params string[] extraArguments) =>
        Dotnet(["build", FullPath(relativePath), "-nologo", .. extraArguments]);

    public CommandResult Dotnet(IEnumerable<string> arguments, IDictionary<string, string?>? environment = null) =>
        DotnetCli.Run(Path, arguments, environment);

    /// <summary>Makes the folder a real git repository with one commit, and returns that commit's SHA.</summary>
    public string GitCommitAll(string message = "test")
    {
        GitRepository.Run(Path, "init", "-q", "-b", "main");
        GitRepository.Run(Path, "-c", "user.email=test@example.com", "-c", "user.name=test", "add", "-A");
        GitRepository.Run(Path, "-c", "user.email=test@example.com", "-c", "user.name=test", "commit", "-q", "-m", message);
        return GitRepository.Run(Path, "rev-parse", "HEAD").Trim();
    }
}
