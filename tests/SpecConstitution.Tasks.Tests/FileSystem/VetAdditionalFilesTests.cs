using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.FileSystem;

/// <summary>Issue 25, class 7: the compiler gets only AdditionalFiles it can read as text; the rest are the package's findings.</summary>
public class VetAdditionalFilesTests
{
    private static (VetAdditionalFiles Task, RecordingBuildEngine Engine) Vet(TempDirectory dir, string? rules, params string[] files)
    {
        var engine = new RecordingBuildEngine();
        var task = new VetAdditionalFiles
        {
            BuildEngine = engine,
            Files = files.Select(f => (Microsoft.Build.Framework.ITaskItem)new Microsoft.Build.Utilities.TaskItem(f)).ToArray(),
            RulesFile = rules,
            RejectedListFile = dir.File("obj/rejected.txt"),
        };
        Assert.True(HostileFiles.WithinLimit(task.Execute, "vetting the AdditionalFiles"), engine.AllText);
        return (task, engine);
    }

    [Fact]
    public void Binary_invalid_utf8_and_folder_inputs_are_rejected_and_text_is_kept()
    {
        using var dir = new TempDirectory();
        string good = dir.Write("constitution.md", "# Constitution\n");
        string nul = dir.Write("specs/001-a/spec.md", "# Spec\0\n");
        string latin1 = dir.File("specs/002-b/spec.md");
        Directory.CreateDirectory(Path.GetDirectoryName(latin1)!);
        File.WriteAllBytes(latin1, [(byte)'#', (byte)' ', 0xE9, 0xE8, (byte)'\n']);
        string rulesFolder = dir.File("constitution.rules.yml");
        Directory.CreateDirectory(rulesFolder);

        (VetAdditionalFiles task, RecordingBuildEngine engine) = Vet(dir, rulesFolder, good, nul, latin1, rulesFolder);

        Assert.Equal([nul, latin1, rulesFolder], task.Rejected.Select(r => r.ItemSpec));
        Assert.Equal([nul, latin1, rulesFolder], File.ReadAllLines(dir.File("obj/rejected.txt")));
        // The rules file is read by no other check in a build: its rejection is a warning here, at the file.
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("SC2099", rulesFolder), (warning.Code, warning.File));
        Assert.Contains("folder", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_fifo_rules_file_is_rejected_without_blocking()
    {
        using var dir = new TempDirectory();
        string rules = dir.Write("constitution.rules.yml", string.Empty);
        HostileFiles.MakeFifo(rules);

        (VetAdditionalFiles task, RecordingBuildEngine engine) = Vet(dir, rules, rules);

        Assert.Equal([rules], task.Rejected.Select(r => r.ItemSpec));
        Assert.Contains("named pipe", Assert.Single(engine.Warnings).Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_feature_folder_with_a_line_break_in_its_name_is_SC2099_and_kept_off_the_list()
    {
        using var dir = new TempDirectory();
        string spec = dir.Write("specs/003-new\nline/spec.md", "# Spec\n");

        (VetAdditionalFiles task, RecordingBuildEngine engine) = Vet(dir, null, spec);

        Assert.Equal([spec], task.Rejected.Select(r => r.ItemSpec));
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("SC2099", warning.Code);
        Assert.DoesNotContain("\n", warning.File + warning.Message, StringComparison.Ordinal);
        // A path with a line break cannot be one line of the list; the targets remove it by pattern.
        Assert.Equal(string.Empty, File.ReadAllText(dir.File("obj/rejected.txt")));
    }
}
