using SpecConstitution.Tasks.ProjectRules;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.FileSystem;

/// <summary>Issue 25, class 2: the solution-source scan of requirement-coverage never follows folder links and never opens a FIFO.</summary>
public class SolutionSourceScanTests
{
    [UnixFact]
    public void Looping_links_and_a_fifo_source_file_end_the_scan_and_the_real_citation_counts()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir, rules: SpecKitSamples.Rules(extra: "  - id: traced\n    kind: requirement-coverage\n    severity: warning\n    require: [code]\n"));
        string project = dir.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        dir.Write("App/Limiter.cs", "[SpecConstitution.Requirement(\"001-quotes/FR-001\")] class Limiter { }\n");
        Directory.CreateSymbolicLink(dir.File("App/loop"), dir.File("App"));
        Directory.CreateSymbolicLink(dir.File("App/repo"), dir.Path);
        HostileFiles.MakeFifo(dir.File("App/Pipe.cs"));
        var engine = new RecordingBuildEngine();
        var task = new ReportRequirementCoverage
        {
            BuildEngine = engine,
            ProjectDirectory = dir.File("App"),
            SpecKitRoot = dir.Path,
            ProjectFile = project,
            OutputDirectory = dir.File("App/obj"),
        };

        Assert.True(HostileFiles.WithinLimit(task.Execute, "the solution-source scan"), engine.AllText);

        Assert.Contains(engine.Messages, m => m.Message!.Contains(", 1 citation(s)", StringComparison.Ordinal));
    }
}
