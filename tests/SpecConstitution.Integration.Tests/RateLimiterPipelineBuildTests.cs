using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>Rate limiting that really runs (issue 18): a real build of apps limited only on paper.</summary>
[Collection(PackageCollection.Name)]
public class RateLimiterPipelineBuildTests(PackageFixture package)
{
    // Policies registered through options in a helper of another file; the endpoint names one; UseRateLimiter() is missing.
    private const string ProgramWithoutMiddleware = """
        using Microsoft.AspNetCore.RateLimiting;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<RateLimiterOptions>().Configure(RateLimits.Configure);
        var app = builder.Build();
        app.MapGet("/api/quotes", () => "limited on paper").RequireRateLimiting(RateLimits.PerKey);
        app.MapGet("/health", () => "ok");
        app.Run();
        """;

    private const string RateLimitsHelper = """
        using Microsoft.AspNetCore.RateLimiting;

        public static class RateLimits
        {
            public const string PerKey = "per-key";

            public static void Configure(RateLimiterOptions options) =>
                options.AddFixedWindowLimiter(PerKey, w => { w.PermitLimit = 100; w.Window = TimeSpan.FromMinutes(1); });
        }
        """;

    private static string WithoutProjectSuffix(string line) => line.Contains(" [", StringComparison.Ordinal) ? line.Substring(0, line.LastIndexOf(" [", StringComparison.Ordinal)) : line;

    [Fact]
    public void An_app_that_registers_policies_but_never_calls_UseRateLimiter_gets_SC1005_and_nothing_else()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("no-use-rate-limiter")
            .WriteSpecKitTree()
            .WriteWebProject()
            .Write("App/Program.cs", ProgramWithoutMiddleware)
            .Write("App/RateLimits.cs", RateLimitsHelper);

        CommandResult build = dir.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        string sc1005 = Assert.Single(build.DiagnosticLines("SC1005").Select(WithoutProjectSuffix).Distinct());
        Assert.Contains("Program.cs(5,11): warning SC1005: The app maps endpoints that must be rate limited, but its pipeline never calls UseRateLimiter()", sc1005);
        Assert.Contains("(rule 'endpoints-rate-limited', principle 'II. Every public endpoint is rate limited')", sc1005);
        Assert.Empty(build.DiagnosticLines("SC1003"));
        Assert.Empty(build.DiagnosticLines("SC1001"));
    }

    [Fact]
    public void An_app_that_names_a_policy_nothing_registers_gets_SC1003_at_each_use()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("no-registration")
            .WriteSpecKitTree()
            .WriteWebProject()
            .Write("App/Program.cs", """
                using Microsoft.AspNetCore.RateLimiting;

                var app = WebApplication.CreateBuilder(args).Build();
                app.UseRateLimiter();
                app.MapGet("/api/quotes", () => "quotes").RequireRateLimiting("fixed");
                app.MapGet("/api/authors", [EnableRateLimiting("fixed")] () => "authors");
                app.Run();
                """);

        CommandResult build = dir.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        string[] unknown = build.DiagnosticLines("SC1003").Select(WithoutProjectSuffix).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, unknown.Length);
        Assert.Contains("Program.cs(5,63): warning SC1003: Rate limiting policy 'fixed' is not registered; registered policies: none", unknown[0]);
        Assert.Contains("Program.cs(6,48): warning SC1003: Rate limiting policy 'fixed' is not registered; registered policies: none", unknown[1]);
        Assert.Empty(build.DiagnosticLines("SC1005"));
    }
}
