using System.Diagnostics;
using System.Text.Json.Nodes;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Issue 25, classes 2, 3 and 7 in a real `dotnet build`: the pipelines users really run (absolute output folders)
/// and a tree the file system makes hostile (FIFOs, devices, looping links, binary files, odd names).
/// </summary>
[Collection(PackageCollection.Name)]
public class HostileBuildTests(PackageFixture package)
{
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public void Build_and_publish_to_absolute_folders_write_the_manifest_there_with_the_shipped_files()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("abs-out").WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", SpecKitFiles.Program);
        string buildOut = Path.Combine(package.WorkRoot, "abs-build-" + Guid.NewGuid().ToString("N")[..8]);
        string publishOut = Path.Combine(package.WorkRoot, "abs-publish-" + Guid.NewGuid().ToString("N")[..8]);

        CommandResult build = dir.Build("App/App.csproj", "-o", buildOut);
        CommandResult publish = dir.Dotnet(["publish", dir.FullPath("App/App.csproj"), "-nologo", "-o", publishOut]);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(publish.ExitCode == 0, publish.Output);
        foreach (string output in new[] { buildOut, publishOut })
        {
            JsonNode manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "spec-manifest.json")))!;
            Assert.Contains((JsonArray)manifest["subject"]!, s => (string)s!["name"]! == "App.dll");
            JsonNode gate = ((JsonArray)manifest["predicate"]!["gates"]!["checks"]!).Single(c => (string)c!["id"]! == "subjects-present")!;
            Assert.True((bool)gate["passed"]!);
        }

        // The absolute folder was appended to the project folder: <project>/<abs path>/spec-manifest.json.
        string firstSegment = package.WorkRoot.TrimStart('/').Split('/')[0];
        Assert.False(Directory.Exists(dir.FullPath("App/" + firstSegment)), "an untracked copy of the absolute output path was created under the project");
        Assert.Empty(build.DiagnosticLines("SC5003"));
    }

    [Fact]
    public void A_hostile_tree_builds_with_the_package_findings_and_no_compiler_error_or_hang()
    {
        Assert.False(OperatingSystem.IsWindows(), "FIFOs and devices are a Unix case");
        TestProjectDirectory dir = package.CreateProjectDirectory("hostile").WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", SpecKitFiles.Program);
        // Class 7: NUL bytes in the constitution (CS2015), a folder as rules file (CS1504), a line break in a feature name.
        File.AppendAllText(dir.FullPath(".specify/memory/constitution.md"), "x\0y\n");
        File.Delete(dir.FullPath(".specify/memory/constitution.rules.yml"));
        Directory.CreateDirectory(dir.FullPath(".specify/memory/constitution.rules.yml"));
        dir.Write("specs/003-new\nline/spec.md", SpecKitFiles.Spec);
        // Class 2: a device, a FIFO and looping links in feature folders.
        dir.Write("specs/002-more/spec.md", SpecKitFiles.Spec);
        File.Delete(dir.FullPath("specs/001-quotes/plan.md"));
        File.CreateSymbolicLink(dir.FullPath("specs/001-quotes/plan.md"), "/dev/zero");
        using (Process mkfifo = Process.Start("mkfifo", dir.FullPath("specs/002-more/tasks.md")))
        {
            mkfifo.WaitForExit();
        }

        Directory.CreateSymbolicLink(dir.FullPath("specs/001-quotes/loop"), "..");
        Directory.CreateSymbolicLink(dir.FullPath("specs/001-quotes/root"), dir.Path);

        var stopwatch = Stopwatch.StartNew();
        CommandResult build = DotnetCli.Run(dir.Path, ["build", dir.FullPath("App/App.csproj"), "-nologo"], timeout: BuildLimit);

        Assert.True(stopwatch.Elapsed < BuildLimit, "the build hung");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(" error CS", build.Output, StringComparison.Ordinal);
        Assert.Empty(build.DiagnosticLines("SC5099"));
        IReadOnlyList<string> unreadable = build.DiagnosticLines("SC2099");
        Assert.Contains(unreadable, l => l.Contains("constitution.md", StringComparison.Ordinal) && l.Contains("NUL", StringComparison.Ordinal));
        Assert.Contains(unreadable, l => l.Contains("constitution.rules.yml", StringComparison.Ordinal) && l.Contains("folder", StringComparison.Ordinal));
        Assert.Contains(unreadable, l => l.Contains("003-new\\x0aline", StringComparison.Ordinal));
        Assert.Contains(unreadable, l => l.Contains("tasks.md", StringComparison.Ordinal) && l.Contains("named pipe", StringComparison.Ordinal));
        IReadOnlyList<string> skipped = build.DiagnosticLines("SC5002");
        Assert.Contains(skipped, l => l.Contains("plan.md", StringComparison.Ordinal) && l.Contains("character device", StringComparison.Ordinal));
        Assert.Contains(skipped, l => l.Contains("/loop", StringComparison.Ordinal));
        Assert.Contains(skipped, l => l.Contains("/root", StringComparison.Ordinal));
    }
}
