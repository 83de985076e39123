using System.Diagnostics;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Build;

/// <summary>
/// A committed repository with a Spec-Kit tree and a class library that imports this repository's build/ props and
/// targets, using the task assembly the tests were built with: a real `dotnet build`, without packing.
/// </summary>
public sealed class RealBuild : IDisposable
{
    public RealBuild()
    {
        Directory = new TempDirectory("sc-build");
        Logs = new TempDirectory("sc-build-logs");
        string buildFolder = Path.Combine(RepositoryRoot, "build");
        string tasks = Path.Combine(AppContext.BaseDirectory, "SpecConstitution.Tasks.dll");
        SpecKitSamples.WriteTree(Directory);
        Directory.Write(".gitignore", "bin/\nobj/\n");
        Directory.Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <SpecConstitutionTasksAssembly>{tasks}</SpecConstitutionTasksAssembly>
              </PropertyGroup>
              <Import Project="{Path.Combine(buildFolder, "SpecConstitution.props")}" />
            </Project>
            """);
        Directory.Write("Directory.Build.targets", $"""
            <Project>
              <Import Project="{Path.Combine(buildFolder, "SpecConstitution.targets")}" />
            </Project>
            """);
        Directory.Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        Directory.Write("App/Quotes.cs", "namespace App;\n\npublic static class Quotes\n{\n    public static string First() => \"Simplicity is prerequisite for reliability.\";\n}\n");
        Commit = GitRepository.Init(Directory.Path);
    }

    public static string RepositoryRoot => RepositoryPaths.Root;

    public TempDirectory Directory { get; }

    public TempDirectory Logs { get; }

    public string Commit { get; }

    public string ManifestPath => Directory.File("App/bin/Debug/net10.0/spec-manifest.json");

    public (int ExitCode, string Output) Run(IDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Directory.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach ((string name, string? value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    public void Dispose()
    {
        Directory.Dispose();
        Logs.Dispose();
    }
}
