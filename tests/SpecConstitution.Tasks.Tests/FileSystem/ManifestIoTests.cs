using System.Text.Json.Nodes;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.FileSystem;

/// <summary>Issue 25, classes 2, 3 and 6: the manifest task's I/O failures are designed diagnostics, never SC5099 or a hang.</summary>
public class ManifestIoTests
{
    private static (WriteDeployManifest Task, RecordingBuildEngine Engine) ManifestTask(TempDirectory dir, string manifestPath, params string[] subjects)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteDeployManifest
        {
            BuildEngine = engine,
            ProjectDirectory = dir.File("App"),
            ManifestPath = manifestPath,
            Subjects = subjects.Select(s => (Microsoft.Build.Framework.ITaskItem)new Microsoft.Build.Utilities.TaskItem(s)).ToArray(),
            SubjectsDirectory = dir.File("App/bin"),
            SourceRevisionId = new string('c', 40),
        };
        return (task, engine);
    }

    [Fact]
    public void A_manifest_path_that_is_a_folder_is_SC5004_at_that_path()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        string subject = dir.Write("App/bin/App.dll", "bytes");
        Directory.CreateDirectory(dir.File("App/bin/spec-manifest.json"));
        (WriteDeployManifest task, RecordingBuildEngine engine) = ManifestTask(dir, dir.File("App/bin/spec-manifest.json"), subject);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("SC5004", error.Code);
        Assert.Equal(dir.File("App/bin/spec-manifest.json"), error.File);
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.File("App/bin"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_manifest_folder_that_is_a_file_is_SC5004_and_leaves_nothing_half_written()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        string subject = dir.Write("App/bin/App.dll", "bytes");
        dir.Write("App/out", "a file where the output folder should be");
        (WriteDeployManifest task, RecordingBuildEngine engine) = ManifestTask(dir, dir.File("App/out/spec-manifest.json"), subject);

        Assert.False(task.Execute());

        Assert.Equal(["SC5004"], engine.ErrorCodes);
        Assert.Equal("a file where the output folder should be", File.ReadAllText(dir.File("App/out")));
    }

    [Fact]
    public void A_manifest_that_attests_no_file_warns_SC5003_and_fails_the_subjects_present_gate()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        Directory.CreateDirectory(dir.File("App/bin"));
        (WriteDeployManifest task, RecordingBuildEngine engine) = ManifestTask(dir, dir.File("App/bin/spec-manifest.json"));

        Assert.True(task.Execute(), engine.AllText);

        Assert.False(task.GatesPassed);
        Assert.Contains(engine.Warnings, w => w.Code == "SC5003" && w.File == task.ManifestPath);
        JsonNode manifest = JsonNode.Parse(File.ReadAllText(task.ManifestPath))!;
        JsonNode gate = ((JsonArray)manifest["predicate"]!["gates"]!["checks"]!).Single(c => (string)c!["id"]! == "subjects-present")!;
        Assert.False((bool)gate["passed"]!);
        Assert.DoesNotContain(engine.Messages, m => m.Message!.Contains("deploy gates passed", StringComparison.Ordinal));
    }

    [UnixFact]
    public void A_fifo_as_rules_file_and_as_a_subject_neither_blocks_nor_ships()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        string subject = dir.Write("App/bin/App.dll", "bytes");
        string pipe = dir.Write("App/bin/App.pipe", string.Empty);
        HostileFiles.MakeFifo(pipe);
        HostileFiles.MakeFifo(dir.File(".specify/memory/constitution.rules.yml"));
        (WriteDeployManifest task, RecordingBuildEngine engine) = ManifestTask(dir, dir.File("App/bin/spec-manifest.json"), subject, pipe);

        Assert.True(HostileFiles.WithinLimit(task.Execute, "the manifest task with FIFOs as rules file and subject"), engine.AllText);

        Assert.Contains(engine.Warnings, w => w.Code == "SC5002" && w.File == pipe);
        JsonArray subjects = (JsonArray)JsonNode.Parse(File.ReadAllText(task.ManifestPath))!["subject"]!;
        Assert.Equal(["App.dll"], subjects.Select(s => (string)s!["name"]!));
    }

    [UnixFact]
    public void A_feature_folder_linked_to_the_repository_root_is_SC5002_not_SC5099()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        string subject = dir.Write("App/bin/App.dll", "bytes");
        Directory.CreateSymbolicLink(dir.File("specs/001-quotes/repo"), dir.Path);
        (WriteDeployManifest task, RecordingBuildEngine engine) = ManifestTask(dir, dir.File("App/bin/spec-manifest.json"), subject);

        Assert.True(HostileFiles.WithinLimit(task.Execute, "the manifest task with a link to the repository root"), engine.AllText);

        Assert.DoesNotContain("SC5099", engine.ErrorCodes);
        Assert.Contains(engine.Warnings, w => w.Code == "SC5002" && w.File == dir.File("specs/001-quotes/repo"));
    }
}
