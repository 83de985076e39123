using System.Diagnostics;
using SpecConstitution.Integration.Tests.Infrastructure;
using SpecConstitution.Integration.Tests.Scale;
using Xunit.Abstractions;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Issue 7, "nothing breaks the build for the wrong reason", on realistic code at scale: an 8-project ASP.NET Core
/// solution (generated deterministically, see <see cref="ShopSolution"/>) with every rule kind enabled, the SDK's source
/// generators, C# 14 preview features, partial controllers and an #if variant, built with the packed package.
/// No analyzer exception, no generator failure, no task crash, no compile error; exactly the planted findings.
/// </summary>
[Collection(PackageCollection.Name)]
public class RealCodeAtScaleTests(PackageFixture package, ITestOutputHelper output)
{
    /// <summary>What breaks a build for the wrong reason: analyzer exceptions, generator failures, task crashes.</summary>
    private static readonly string[] CrashIds = ["AD0001", "CS8784", "CS8785", "MSB4018"];

    [Fact]
    public void Eight_project_solution_with_every_rule_kind_builds_without_crashes_and_reports_only_the_planted_findings()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("scale");
        ShopSolution shop = ShopSolution.Write(dir);
        Assert.Equal(0, dir.Dotnet(["new", "sln", "-n", "Shop", "--format", "sln"]).ExitCode);
        CommandResult add = dir.Dotnet(["sln", ShopSolution.SolutionFile, "add", .. shop.Files.Projects]);
        Assert.True(add.ExitCode == 0, add.Output);

        var clock = Stopwatch.StartNew();
        CommandResult build = dir.Dotnet(["build", ShopSolution.SolutionFile, "-nologo", "-m:2"]);
        TimeSpan buildTime = clock.Elapsed;
        BuildDiagnostics diagnostics = BuildDiagnostics.Parse(build.Output);
        SortedDictionary<string, int> generated = GeneratedSourceCensus.Count(dir.Path, shop.Files.Projects);
        Report("solution build", shop, diagnostics, buildTime, generated);
        AssertNoCrashAndNoCompileError(build, diagnostics);
        // The Request Delegate Generator replaces each Map* call it handles with an interceptor: it saw the endpoints.
        int intercepted = GeneratedSourceCensus.Occurrences(dir.Path, shop.Files.Projects, GeneratedSourceCensus.RequestDelegateGenerator, ".InterceptsLocationAttribute(");
        output.WriteLine($"  Map* calls intercepted by the Request Delegate Generator: {intercepted}");
        Assert.Equal(shop.Files.EndpointsByProject[CatalogApiSources.Project] + shop.Files.EndpointsByProject[GatewaySources.Project], intercepted);

        Assert.DoesNotContain(diagnostics.All, d => d.Id.StartsWith("SC3", StringComparison.Ordinal));
        foreach (string generator in new[]
                 {
                     GeneratedSourceCensus.RequestDelegateGenerator, GeneratedSourceCensus.JsonGenerator, GeneratedSourceCensus.RegexGenerator,
                     GeneratedSourceCensus.LoggingGenerator, GeneratedSourceCensus.ConfigurationBinderGenerator,
                 })
        {
            Assert.True(generated.GetValueOrDefault(generator) > 0, $"{generator} generated nothing: {string.Join(", ", generated)}");
        }

        // [Requirement] comes from a compile-time reference, not a generator: a generated file made the compiler redo its binding.
        Assert.Equal(0, generated.GetValueOrDefault(GeneratedSourceCensus.SpecConstitutionAnalyzers));

        // Endpoints mapped in C# 14 extension blocks inherit their caller's group prefix and conventions (112 false findings once).
        Assert.DoesNotContain(diagnostics.All, d => CatalogApiSources.ExtensionBlockRouteFiles.Any(f => d.File.Replace('\\', '/').EndsWith(f, StringComparison.Ordinal)));
        AssertExactlyThePlantedCodeFindings(diagnostics.All, shop.Planted.Where(p => !p.ExtendedOnly));
        Assert.Contains("\"gatePassed\": true", dir.Read($"{GatewaySources.Project}/obj/Debug/net10.0/specconstitution/requirement-coverage.json"));

        // The #if variant: the admin app again with SHOP_EXTENDED defined (its references are already built).
        clock.Restart();
        CommandResult extended = dir.Dotnet(["build", $"{AdminApiSources.Project}/{AdminApiSources.Project}.csproj", "-nologo", "--no-restore", "--no-dependencies", "-p:ShopEdition=Extended"]);
        TimeSpan extendedTime = clock.Elapsed;
        BuildDiagnostics extendedDiagnostics = BuildDiagnostics.Parse(extended.Output);
        output.WriteLine($"#if variant (SHOP_EXTENDED) build of {AdminApiSources.Project}: {extendedTime.TotalSeconds:F1} s, +{shop.Files.ExtendedOnlyEndpoints} endpoints");
        output.WriteLine("  diagnostics by ID: " + string.Join(", ", extendedDiagnostics.CountById().Select(p => $"{p.Key} {p.Value}")));

        AssertNoCrashAndNoCompileError(extended, extendedDiagnostics);
        AssertExactlyThePlantedCodeFindings(extendedDiagnostics.All, shop.Planted.Where(p => p.File.StartsWith(AdminApiSources.Project + "/", StringComparison.Ordinal)));
    }

    private void Report(string title, ShopSolution shop, BuildDiagnostics diagnostics, TimeSpan time, SortedDictionary<string, int> generated)
    {
        output.WriteLine($"{title}: {time.TotalSeconds:F1} s (restore + build, -m:2)");
        output.WriteLine($"  projects: {shop.Files.Projects.Count}, C# files: {shop.Files.CSharpFiles}, endpoints: {shop.Files.Endpoints} (+{shop.Files.ExtendedOnlyEndpoints} under SHOP_EXTENDED)");
        output.WriteLine("  endpoints by project: " + string.Join(", ", shop.Files.EndpointsByProject.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine("  generated files by generator: " + string.Join(", ", generated.Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine("  diagnostics by ID (distinct): " + string.Join(", ", diagnostics.CountById().Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine($"  AD0001: {diagnostics.WithId("AD0001").Count()}, CS8784/CS8785: {diagnostics.WithId("CS8784").Count() + diagnostics.WithId("CS8785").Count()}, MSB4018: {diagnostics.WithId("MSB4018").Count()}, errors: {diagnostics.Errors.Count()}");
        foreach (BuildDiagnostic d in diagnostics.All.Where(d => d.Id.StartsWith("SC", StringComparison.Ordinal)))
        {
            output.WriteLine($"  {d.Id} {Path.GetFileName(d.File)}{d.Location}: {d.Message}");
        }
    }

    private static void AssertNoCrashAndNoCompileError(CommandResult build, BuildDiagnostics diagnostics)
    {
        string[] crashes = build.Output.Split('\n').Where(l => CrashIds.Any(id => l.Contains(id, StringComparison.Ordinal))).Distinct().ToArray();
        Assert.True(crashes.Length == 0, "crashes:\n" + string.Join("\n", crashes));
        Assert.True(!diagnostics.Errors.Any(), "errors:\n" + string.Join("\n", diagnostics.Errors));
        Assert.True(build.ExitCode == 0, build.Output);
    }

    /// <summary>Each planted finding is reported, in its file, and no other code or project rule finding is: no false positive at scale.</summary>
    private static void AssertExactlyThePlantedCodeFindings(IEnumerable<BuildDiagnostic> diagnostics, IEnumerable<PlantedFinding> planted)
    {
        BuildDiagnostic[] code = diagnostics.Where(d => d.Id.StartsWith("SC1", StringComparison.Ordinal) || d.Id.StartsWith("SC4", StringComparison.Ordinal)).ToArray();
        var matched = new HashSet<BuildDiagnostic>();
        foreach (PlantedFinding finding in planted)
        {
            BuildDiagnostic[] hits = code.Where(d => d.Id == finding.Id &&
                                                    d.File.Replace('\\', '/').EndsWith(finding.File, StringComparison.Ordinal) &&
                                                    d.Message.Contains(finding.MessageFragment, StringComparison.Ordinal)).ToArray();
            Assert.True(hits.Length == 1, $"planted {finding} reported {hits.Length} times; code findings:\n{string.Join("\n", code)}");
            matched.Add(hits[0]);
        }

        BuildDiagnostic[] unexpected = code.Where(d => !matched.Contains(d)).ToArray();
        Assert.True(unexpected.Length == 0, "findings nobody planted:\n" + string.Join("\n", unexpected));
    }
}
