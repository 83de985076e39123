using System.Diagnostics;
using System.Text.RegularExpressions;
using SpecConstitution.Tasks.ProjectRules;

namespace SpecConstitution.Tasks.Tests.ProjectRules;

/// <summary>
/// A throw-away folder with a Spec-Kit rules file and real SDK-style project files that import the package's
/// build/ props and targets from this repository, evaluated and run by the real `dotnet msbuild`.
/// </summary>
internal sealed class MSBuildRun : IDisposable
{
    private static readonly Regex DiagnosticLine = new(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)(,\d+,\d+)?\): (?:SpecConstitution )?(?<severity>warning|error) (?<id>SC\d{4}): (?<message>.*?)( \[[^\]]*\])?$", RegexOptions.Multiline);

    public MSBuildRun(string rulesYaml)
    {
        Root = Directory.CreateTempSubdirectory("sc-projectrules-").FullName;
        Write(".specify/memory/constitution.rules.yml", rulesYaml);
    }

    public string Root { get; }

    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>An SDK project importing the repository's build/ files; <paramref name="body"/> goes inside &lt;Project&gt;.</summary>
    public string WriteProject(string name, string body) => Write($"{name}/{name}.csproj", $"""
        <Project Sdk="Microsoft.NET.Sdk">
        {body}
          <Import Project="{RepoBuild}SpecConstitution.props" />
          <Import Project="{RepoBuild}SpecConstitution.targets" />
        </Project>
        """);

    /// <summary>Runs one target (in the inner builds for a multi-targeted project) and returns the SC diagnostics it printed.</summary>
    public IReadOnlyList<ReportedDiagnostic> Run(string projectPath, bool multiTargeting = false, string target = "SpecConstitutionCheckProjectRules", string? solution = null, string verbosity = "m")
    {
        var arguments = new List<string>
        {
            "msbuild", projectPath, "-nologo", "-nodeReuse:false", "-v:" + verbosity, "-clp:NoSummary",
            "-p:SpecConstitutionTasksAssembly=" + typeof(CheckProjectRules).Assembly.Location,
        };
        arguments.Add(multiTargeting ? "-t:DispatchToInnerBuilds" : "-t:" + target);
        if (multiTargeting)
        {
            arguments.Add("-p:InnerTargets=" + target);
        }

        if (solution != null)
        {
            arguments.Add("-p:SolutionPath=" + Path.Combine(Root, solution));
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        arguments.ForEach(start.ArgumentList.Add);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Output = output;
        return DiagnosticLine.Matches(output)
            .Select(m => new ReportedDiagnostic(m.Groups["id"].Value, m.Groups["severity"].Value, Path.GetFileName(m.Groups["file"].Value.Trim()),
                int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value), m.Groups["message"].Value))
            .Distinct()
            .ToList();
    }

    public string Output { get; private set; } = string.Empty;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A lingering MSBuild node may still hold a file; the OS cleans temp.
        }
    }

    private static string RepoBuild
    {
        get
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "build", "SpecConstitution.targets")))
                {
                    return Path.Combine(dir.FullName, "build") + Path.DirectorySeparatorChar;
                }
            }

            throw new InvalidOperationException("build/SpecConstitution.targets not found above " + AppContext.BaseDirectory);
        }
    }
}

internal sealed record ReportedDiagnostic(string Id, string Severity, string File, int Line, int Column, string Message);
