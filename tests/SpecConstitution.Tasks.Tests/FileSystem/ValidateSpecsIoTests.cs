using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.FileSystem;

/// <summary>Issue 25, classes 2 and 6 for ValidateSpecs: FIFOs among its inputs never block it, and a findings file it cannot write is SC5004.</summary>
public class ValidateSpecsIoTests
{
    private static (ValidateSpecs Task, RecordingBuildEngine Engine) Validate(TempDirectory dir, string findingsFile)
    {
        var engine = new RecordingBuildEngine();
        var task = new ValidateSpecs
        {
            BuildEngine = engine,
            ProjectDirectory = dir.File("App"),
            SpecKitRoot = dir.Path,
            FindingsFile = findingsFile,
        };
        return (task, engine);
    }

    [UnixFact]
    public void Fifos_as_baseline_and_rules_file_do_not_block_the_check()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir, clarification: true);
        HostileFiles.MakeFifo(dir.File(".specify/spec-baseline.json"));
        HostileFiles.MakeFifo(dir.File(".specify/memory/constitution.rules.yml"));
        (ValidateSpecs task, RecordingBuildEngine engine) = Validate(dir, dir.File("App/obj/spec-findings.json"));

        Assert.True(HostileFiles.WithinLimit(task.Execute, "ValidateSpecs with FIFO baseline and rules file"), engine.AllText);

        // Nothing is suppressed by a baseline that cannot be read: the open clarification is still reported.
        Assert.Contains(engine.Warnings, w => w.Code == "SC2010");
        Assert.True(File.Exists(dir.File("App/obj/spec-findings.json")));
    }

    [Fact]
    public void A_folder_at_the_findings_file_is_SC5004_not_SC5099()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        Directory.CreateDirectory(dir.File("App/obj/spec-findings.json"));
        (ValidateSpecs task, RecordingBuildEngine engine) = Validate(dir, dir.File("App/obj/spec-findings.json"));

        Assert.False(task.Execute());

        Assert.Equal(["SC5004"], engine.ErrorCodes);
        Assert.Equal(dir.File("App/obj/spec-findings.json"), engine.Errors[0].File);
    }
}
