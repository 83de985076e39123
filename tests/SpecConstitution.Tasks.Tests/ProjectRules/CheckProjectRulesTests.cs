using SpecConstitution.Diagnostics;

namespace SpecConstitution.Tasks.Tests.ProjectRules;

/// <summary>SC4001/SC4002 through real MSBuild evaluation of generated projects (no restore, no compile: only the check target runs).</summary>
public class CheckProjectRulesTests
{
    private const string Rules = """
        rules:
          - id: runtime
            kind: target-framework
            allowed: [net8.0, net10.0]
          - id: deps
            kind: package-allowlist
            severity: error
            packages: ["Microsoft.*", "System.*", "Serilog*"]
        """;

    [Fact]
    public void Disallowed_target_framework_reports_SC4001_at_its_project_line()
    {
        using var run = new MSBuildRun(Rules);
        string project = run.WriteProject("App", """
          <PropertyGroup>
            <TargetFramework>net9.0</TargetFramework>
          </PropertyGroup>
        """);

        var diagnostic = Assert.Single(run.Run(project));

        Assert.Equal(new ReportedDiagnostic("SC4001", "warning", "App.csproj", 3, 5,
            FrameworkNotAllowed("net9.0")), diagnostic);
    }

    [Fact]
    public void Allowed_framework_and_packages_are_silent()
    {
        using var run = new MSBuildRun(Rules);
        string project = run.WriteProject("App", """
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Serilog.AspNetCore" Version="8.0.0" />
            <PackageReference Include="Microsoft.Extensions.Http" Version="8.0.0" />
          </ItemGroup>
        """);

        Assert.Empty(run.Run(project));
        Assert.DoesNotContain("error", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Package_not_on_the_allowlist_reports_SC4002_at_its_PackageReference_line()
    {
        using var run = new MSBuildRun(Rules);
        string project = run.WriteProject("App", """
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Serilog" Version="4.0.0" />
            <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
          </ItemGroup>
        """);

        var diagnostic = Assert.Single(run.Run(project));

        Assert.Equal(new ReportedDiagnostic("SC4002", "error", "App.csproj", 7, 5,
            PackageNotAllowed("Newtonsoft.Json", " 13.0.3")), diagnostic);
    }

    [Fact]
    public void Central_package_management_points_at_the_reference_and_names_the_PackageVersion_line()
    {
        using var run = new MSBuildRun(Rules);
        string packagesProps = run.Write("Directory.Packages.props", """
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="Serilog" Version="4.0.0" />
                <PackageVersion Include="Dapper" Version="2.1.35" />
              </ItemGroup>
            </Project>
            """);
        string project = run.WriteProject("App", """
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Serilog" />
            <PackageReference Include="Dapper" />
          </ItemGroup>
        """);

        var diagnostic = Assert.Single(run.Run(project));

        Assert.Equal(("SC4002", "App.csproj", 7, 5), (diagnostic.Id, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Equal(PackageNotAllowed("Dapper", $" 2.1.35 (version set in {packagesProps}(7,5))"), diagnostic.Message);
    }

    [Fact]
    public void Multi_targeting_reports_each_disallowed_framework_once_and_each_package_once()
    {
        using var run = new MSBuildRun(Rules);
        string project = run.WriteProject("Lib", """
          <PropertyGroup>
            <TargetFrameworks>net8.0;net9.0;netstandard2.0</TargetFrameworks>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
          </ItemGroup>
          <ItemGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
            <PackageReference Include="PolySharp" Version="1.14.1" />
          </ItemGroup>
        """);

        var diagnostics = run.Run(project, multiTargeting: true).OrderBy(d => d.Message).ToList();

        Assert.Equal(
            new[]
            {
                new ReportedDiagnostic("SC4002", "error", "Lib.csproj", 6, 5, PackageNotAllowed("Newtonsoft.Json", " 13.0.3")),
                new ReportedDiagnostic("SC4002", "error", "Lib.csproj", 9, 5, PackageNotAllowed("PolySharp", " 1.14.1")),
                new ReportedDiagnostic("SC4001", "warning", "Lib.csproj", 3, 5, FrameworkNotAllowed("net9.0")),
                new ReportedDiagnostic("SC4001", "warning", "Lib.csproj", 3, 5, FrameworkNotAllowed("netstandard2.0")),
            }.OrderBy(d => d.Message),
            diagnostics);
    }

    [Fact]
    public void Target_framework_set_in_Directory_Build_props_is_located_there()
    {
        using var run = new MSBuildRun(Rules);
        run.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <TargetFramework>net7.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        string project = run.WriteProject("App", "");

        var diagnostic = Assert.Single(run.Run(project));

        Assert.Equal(("SC4001", "Directory.Build.props", 3, 5), (diagnostic.Id, diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Without_project_rules_nothing_is_reported()
    {
        using var run = new MSBuildRun("""
            rules:
              - id: no-clock
                kind: banned-api
                symbols: ["P:System.DateTime.Now"]
            """);
        string project = run.WriteProject("App", """
          <PropertyGroup>
            <TargetFramework>net9.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
          </ItemGroup>
        """);

        Assert.Empty(run.Run(project));
    }

    // MSBuild carries the formatted message only: the catalog's format with the arguments each case expects.
    private static string PackageNotAllowed(string package, string version) =>
        DiagnosticCatalog.PackageNotAllowed.Format(package, version, "deps", "Microsoft.*, System.*, Serilog*");

    private static string FrameworkNotAllowed(string framework) =>
        DiagnosticCatalog.TargetFrameworkNotAllowed.Format(framework, "runtime", "net8.0, net10.0");
}
