using SpecConstitution.Benchmarks.Generation;
using SpecConstitution.Benchmarks.Measurements;

namespace SpecConstitution.Integration.Tests;

/// <summary>The benchmark harness in smoke mode: tiny sizes, so `build/bench.sh` cannot rot unnoticed.</summary>
public class BenchmarkSmokeTests
{
    [Fact]
    public async Task Generator_is_deterministic_and_the_harness_measures_the_spec_check_and_the_ide_path()
    {
        string root = Path.Combine(Path.GetTempPath(), "specconstitution-bench-smoke-" + Guid.NewGuid().ToString("N")[..8]);
        string again = root + "-again";
        try
        {
            var options = new GeneratorOptions(Endpoints: 40, Features: 3, Seed: 7, OutputDirectory: root, PackageVersion: null);
            BenchmarkTree.Write(options);
            BenchmarkTree.Write(options with { OutputDirectory = again });

            string[] files = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(files, Directory.GetFiles(again, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).Order(StringComparer.Ordinal));
            Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(root, f)), File.ReadAllText(Path.Combine(again, f))));
            Assert.Equal(40, options.TotalEndpoints);
            Assert.Equal(3, Directory.GetDirectories(Path.Combine(root, "specs")).Length);

            SpecValidationBenchmark.Result spec = SpecValidationBenchmark.Run(root, runs: 1);
            Assert.Equal(3, spec.Features);
            Assert.True(spec.MedianMilliseconds > 0);

            IdeAnalyzerBenchmark.Result ide = await IdeAnalyzerBenchmark.RunAsync(Path.Combine(root, "App"), runs: 1);
            Assert.True(ide.Diagnostics > 0, "the generated app has non-compliant endpoints: the analyzers must report them");
            Assert.True(ide.FullAnalysisMilliseconds > 0 && ide.EditedDocumentMilliseconds > 0);
        }
        finally
        {
            foreach (string dir in new[] { root, again })
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        }
    }
}
