using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>A solution of many projects sharing one Spec-Kit tree, built in parallel (issue 7).</summary>
[Collection(PackageCollection.Name)]
public class ConcurrencyTests(PackageFixture package)
{
    private const int ProjectCount = 10;

    [Fact]
    public void Parallel_build_of_ten_projects_has_no_lock_failures_and_deterministic_manifests()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("parallel").WriteSpecKitTree();
        var projects = new List<string>();
        for (int i = 0; i < ProjectCount; i++)
        {
            string project = $"Service{i}/Service{i}.csproj";
            dir.WriteWebProject(project).Write($"Service{i}/Program.cs", SpecKitFiles.Program);
            projects.Add(project);
        }

        // A real solution, built with -m as CI builds it.
        Assert.Equal(0, dir.Dotnet(["new", "sln", "-n", "All", "--format", "sln"]).ExitCode);
        Assert.Equal(0, dir.Dotnet(["sln", "All.sln", "add", .. projects]).ExitCode);
        Assert.Equal(0, dir.Dotnet(["restore", "All.sln", "-v:q"]).ExitCode);

        var manifestsPerRun = new List<string[]>();
        for (int run = 0; run < 3; run++)
        {
            CommandResult build = dir.Dotnet(["build", "All.sln", "--no-restore", "-m:4", "-nologo"]);
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.DoesNotContain("being used by another process", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("SC5099", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("MSB4018", build.Output, StringComparison.Ordinal);
            if (run == 0)
            {
                // Ten projects share one Spec-Kit tree: its finding is reported once, not once per project.
                Assert.Single(build.DiagnosticLines("SC2010"));
            }

            string[] manifests = projects
                .Select(p => dir.Read(Path.Combine(Path.GetDirectoryName(p)!, "bin", "Debug", "net10.0", "spec-manifest.json")))
                .ToArray();
            Assert.All(manifests, m => Assert.True(SpecConstitution.Infrastructure.Json.JsonTextReader.TryParse(m, out _), "torn manifest:\n" + m));
            manifestsPerRun.Add(manifests);

            // Touch the shared spec so every project's package targets run again, all at once, next time.
            File.SetLastWriteTimeUtc(dir.FullPath("specs/001-quotes/spec.md"), DateTime.UtcNow);
        }

        Assert.Equal(manifestsPerRun[0], manifestsPerRun[1]);
        Assert.Equal(manifestsPerRun[0], manifestsPerRun[2]);
    }
}
