using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>The spec chain in a real solution: five projects under one Spec-Kit root, built by `dotnet build` of the .sln.</summary>
[Collection(PackageCollection.Name)]
public class SpecChainSolutionTests(PackageFixture package)
{
    private const int ProjectCount = 5;

    [Fact]
    public void Five_project_solution_reports_each_spec_finding_once_and_the_baseline_silences_it()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("five")
            .WriteSpecKitTree()
            .Write("specs/002-orphan/tasks.md", "# Tasks: Orphan\n\n- [ ] T001 Do it in P1/Orphan.cs\n");
        for (int i = 1; i <= ProjectCount; i++)
        {
            string reference = i < ProjectCount ? $"""<ItemGroup><ProjectReference Include="../P{i + 1}/P{i + 1}.csproj" /></ItemGroup>""" : string.Empty;
            dir.Write($"P{i}/P{i}.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SpecConstitution" Version="{dir.PackageVersion}" PrivateAssets="all" />
                  </ItemGroup>
                  {reference}
                </Project>
                """)
                .Write($"P{i}/Class{i}.cs", $"namespace P{i};\n\npublic static class Class{i}\n{{\n    public static int Value => {i};\n}}\n");
        }

        Assert.Equal(0, dir.Dotnet(["new", "sln", "-n", "Five", "--format", "sln"]).ExitCode);
        CommandResult add = dir.Dotnet(["sln", "Five.sln", "add", .. Enumerable.Range(1, ProjectCount).Select(i => $"P{i}/P{i}.csproj")]);
        Assert.True(add.ExitCode == 0, add.Output);

        CommandResult build = dir.Build("Five.sln");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        // The console logger repeats warnings in its summary; distinct lines still carry the reporting project, so one line means one project reported.
        string clarification = Assert.Single(build.DiagnosticLines("SC2010"));
        Assert.Contains(Path.Combine("specs", "001-quotes", "spec.md") + "(12,45,12,97): SpecConstitution warning SC2010:", clarification);
        Assert.Single(build.DiagnosticLines("SC2002"));
        Assert.Equal(ProjectCount, Enumerable.Range(1, ProjectCount).Count(i => dir.Exists($"P{i}/obj/Debug/net10.0/specconstitution/spec-findings.sarif")));
        Assert.Contains("\"ruleId\": \"SC2010\"", dir.Read("P1/obj/Debug/net10.0/specconstitution/spec-findings.sarif"));
        Assert.Contains("\"requirement\": \"FR-002\"", dir.Read("P1/obj/Debug/net10.0/specconstitution/spec-coverage.json"));

        CommandResult baseline = dir.Build("Five.sln", "-p:SpecConstitutionWriteBaseline=true");
        Assert.True(baseline.ExitCode == 0, baseline.Output);
        Assert.True(dir.Exists(".specify/spec-baseline.json"), baseline.Output);
        Assert.Contains("\"id\": \"SC2010\"", dir.Read(".specify/spec-baseline.json"));

        CommandResult afterBaseline = dir.Build("Five.sln");
        Assert.True(afterBaseline.ExitCode == 0, afterBaseline.Output);
        Assert.Empty(afterBaseline.DiagnosticLines("SC2010"));
        Assert.Empty(afterBaseline.DiagnosticLines("SC2002"));

        // Editing the offending line brings its finding back; the untouched one stays silenced.
        dir.Write("specs/001-quotes/spec.md", SpecKitFiles.Spec.Replace("how many requests per minute?", "how many requests per minute per key?"));
        CommandResult edited = dir.Build("Five.sln");
        Assert.Single(edited.DiagnosticLines("SC2010"));
        Assert.Empty(edited.DiagnosticLines("SC2002"));
    }

    [Fact]
    public void Project_that_requires_spec_kit_but_finds_none_reports_SC2080_once()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("nospecs")
            .WriteWebProject(extraProperties: "<SpecConstitutionRequireSpecKit>true</SpecConstitutionRequireSpecKit>")
            .Write("App/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n");

        CommandResult build = dir.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        string line = Assert.Single(build.DiagnosticLines("SC2080"));
        Assert.Contains("no Spec-Kit root", line);
    }
}
