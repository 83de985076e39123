using System.Text.Json;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Command-line builds pass build/SpecConstitution.CommandLine.globalconfig to the compiler, so the endpoint analyzers
/// judge controllers at the compilation's end; design-time builds (where the IDE takes its analyzer config files from)
/// and Visual Studio's builds do not, so the IDE keeps judging each controller live.
/// </summary>
[Collection(PackageCollection.Name)]
public class BuildHostTests(PackageFixture package)
{
    private const string Marker = "SpecConstitution.CommandLine.globalconfig";

    private const string ControllerProgram = """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddControllers();
        var app = builder.Build();
        app.MapControllers();
        app.Run();

        [Microsoft.AspNetCore.Mvc.ApiController]
        [Microsoft.AspNetCore.Mvc.Route("api/orders")]
        public class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Microsoft.AspNetCore.Mvc.HttpGet]
            public string List() => "orders";
        }
        """;

    [Fact]
    public void Only_builds_outside_the_IDE_tell_the_analyzers_they_run_on_the_command_line()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("buildhost").WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", ControllerProgram);
        CommandResult restore = dir.Dotnet(["restore", dir.FullPath("App/App.csproj")]);
        Assert.True(restore.ExitCode == 0, restore.Output);

        Assert.Contains(EditorConfigFiles(dir), f => f.EndsWith(Marker, StringComparison.Ordinal));
        Assert.DoesNotContain(EditorConfigFiles(dir, "-p:DesignTimeBuild=true"), f => f.EndsWith(Marker, StringComparison.Ordinal));
        Assert.DoesNotContain(EditorConfigFiles(dir, "-p:BuildingInsideVisualStudio=true"), f => f.EndsWith(Marker, StringComparison.Ordinal));

        // The controller judged at the compilation's end is reported where it is declared, as the IDE reports it.
        CommandResult build = dir.Build("App/App.csproj", "--no-restore");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("Program.cs(12,19): warning SC1001: Endpoint 'GET /api/orders' has no rate limiting", build.Output.Replace('\\', '/'));
    }

    /// <summary>The EditorConfigFiles items (analyzer config files the compiler gets) as MSBuild evaluates them.</summary>
    private static string[] EditorConfigFiles(TestProjectDirectory dir, params string[] properties)
    {
        CommandResult evaluation = dir.Dotnet(["msbuild", dir.FullPath("App/App.csproj"), "-nologo", "-getItem:EditorConfigFiles", .. properties]);
        Assert.True(evaluation.ExitCode == 0, evaluation.Output);
        using JsonDocument json = JsonDocument.Parse(evaluation.Output[evaluation.Output.IndexOf('{')..]);
        return json.RootElement.GetProperty("Items").GetProperty("EditorConfigFiles").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
            .ToArray();
    }
}
