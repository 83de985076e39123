using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.Endpoints.Discovery;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>
/// SC1003 against policies registered in every style, across files and helpers, and SC1005: the middleware that makes
/// endpoint policies real is in the app's pipeline, after routing.
/// </summary>
public class RateLimiterRegistrationTests
{
    private const string NoUseRateLimiter = "its pipeline never calls UseRateLimiter()";

    private static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected) =>
        VerifyAllAsync<EndpointRateLimitingAnalyzer>(sources, Verifier.RateLimitingRules, expected);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(new[] { source }, expected);

    [Fact]
    public Task Registration_through_options_in_a_helper_without_UseRateLimiter_reports_SC1005_only() => VerifyAsync(new[]
    {
        """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<RateLimiterOptions>().Configure(RateLimits.Configure);
        var app = {|#0:builder.Build()|};
        app.MapGet("/quotes", () => "quotes").RequireRateLimiting("per-key");
        """,
        """
        // file: RateLimits.cs
        public static class RateLimits
        {
            public static void Configure(RateLimiterOptions options) =>
                options.AddFixedWindowLimiter("per-key", w => { w.PermitLimit = 100; w.Window = TimeSpan.FromMinutes(1); });
        }
        """,
    }, SC1005(0, NoUseRateLimiter));

    [Fact]
    public Task Every_registration_style_with_the_middleware_present_reports_nothing() => VerifyAsync(new[]
    {
        """
        using System.Threading.RateLimiting;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter(Policies.Fixed, w => { w.PermitLimit = 1; w.Window = TimeSpan.FromSeconds(1); }));
        builder.Services.AddRateLimiter(o => Limits.AddSliding(o));
        builder.Services.AddOptions<RateLimiterOptions>().Configure(o => o.AddTokenBucketLimiter("bucket", w => { w.TokenLimit = 1; w.TokensPerPeriod = 1; w.ReplenishmentPeriod = TimeSpan.FromSeconds(1); }));
        builder.Services.Configure<RateLimiterOptions>(o => o.AddConcurrencyLimiter(nameof(Policies.Concurrent), c => c.PermitLimit = 1));
        builder.Services.AddRateLimiter(o => o.AddPolicy<string, PerUserPolicy>("per-user"));
        builder.Services.AddRateLimiter(o => o.AddPolicy("custom", context => RateLimitPartition.GetNoLimiter("x")));
        builder.Services.AddAppLimits();
        builder.Services.AddRateLimiter(o => o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetNoLimiter("all")));
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/a", () => "a").RequireRateLimiting("fixed");
        app.MapGet("/b", () => "b").RequireRateLimiting("sliding");
        app.MapGet("/c", () => "c").RequireRateLimiting("bucket");
        app.MapGet("/d", () => "d").RequireRateLimiting("Concurrent");
        app.MapGet("/e", () => "e").RequireRateLimiting(Policies.PerUser);
        app.MapGet("/f", () => "f").RequireRateLimiting("custom");
        app.MapGroup("/g").RequireRateLimiting("from-extension").MapGet("/h", () => "h");
        """,
        """
        // file: Limits.cs
        using System.Threading;
        using System.Threading.RateLimiting;

        public static class Policies
        {
            public const string Fixed = "fixed";
            public const string PerUser = "per-user";
            public static readonly object Concurrent = new();
        }

        public static class Limits
        {
            public static void AddSliding(RateLimiterOptions options) =>
                options.AddSlidingWindowLimiter("sliding", w => { w.PermitLimit = 1; w.Window = TimeSpan.FromSeconds(1); w.SegmentsPerWindow = 1; });

            public static IServiceCollection AddAppLimits(this IServiceCollection services) =>
                services.AddRateLimiter(o => o.AddConcurrencyLimiter("from-extension", c => c.PermitLimit = 2));
        }

        public sealed class PerUserPolicy : IRateLimiterPolicy<string>
        {
            public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

            public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetNoLimiter("user");
        }
        """,
    });

    [Fact]
    public Task Policies_used_on_controllers_and_groups_without_any_registration_report_SC1003_at_each_use() => VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapControllers();
        app.MapGroup("/api").RequireRateLimiting({|#0:"per-key"|}).MapGet("/a", () => "a");

        [Route("api/orders"), EnableRateLimiting({|#1:"per-key"|})]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """, SC1003(0, "per-key", "none"), SC1003(1, "per-key", "none"));

    [Fact]
    public Task UseRateLimiter_before_an_explicit_UseRouting_reports_SC1005_at_the_call() => VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        {|#0:app.UseRateLimiter()|};
        app.UseRouting();
        app.MapGet("/q", () => "q").RequireRateLimiting("concurrent");
        """, SC1005(0, "UseRateLimiter() runs before UseRouting(), where no endpoint is selected yet"));

    [Fact]
    public Task UseRateLimiter_after_UseRouting_is_quiet() => VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.UseRouting();
        app.UseRateLimiter();
        app.MapGet("/q", () => "q").RequireRateLimiting("concurrent");
        """);

    [Fact]
    public Task UseRateLimiter_in_an_app_extension_method_counts() => VerifyAsync(new[]
    {
        """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.UsePlatformDefaults();
        app.MapGet("/q", () => "q").RequireRateLimiting("concurrent");
        """,
        """
        // file: Pipeline.cs
        public static class Pipeline
        {
            public static WebApplication UsePlatformDefaults(this WebApplication app)
            {
                app.UseRateLimiter();
                return app;
            }
        }
        """,
    });

    [Fact]
    public Task Endpoints_the_rule_requires_but_that_name_no_policy_still_need_the_middleware() => VerifyAsync("""
        var app = {|#1:WebApplication.CreateBuilder(args).Build()|};
        app.MapGet({|#0:"/q"|}, () => "q");
        """, SC1001(0, "GET /q"), SC1005(1, NoUseRateLimiter));

    [Fact]
    public Task No_endpoints_means_no_SC1005() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.Run();
        """);

    [Fact]
    public Task Only_excluded_endpoints_means_no_SC1005() => VerifyAllAsync<EndpointRateLimitingAnalyzer>(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/health", () => "ok");
        """,
    }, """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            exclude-routes: ["/health*"]
        """);

    // Layered apps keep endpoint modules in a library that the host app maps and registers policies for.
    [Fact]
    public Task A_library_that_maps_endpoints_registers_nothing_and_builds_no_pipeline_gets_neither_SC1003_nor_SC1005() => VerifyAsync("""
        namespace Shop;

        public static class OrderEndpoints
        {
            public static void MapOrders(this IEndpointRouteBuilder app) =>
                app.MapGet("/orders", () => "orders").RequireRateLimiting("per-key");
        }
        """);

    [Fact]
    public Task A_library_that_registers_policies_itself_gets_SC1003_for_a_name_it_does_not_register() => VerifyAsync("""
        namespace Shop;

        public static class OrderEndpoints
        {
            public static IServiceCollection AddOrders(this IServiceCollection services) =>
                services.AddRateLimiter(o => o.AddFixedWindowLimiter("per-key", w => { w.PermitLimit = 10; w.Window = TimeSpan.FromMinutes(1); }));

            public static void MapOrders(this IEndpointRouteBuilder app) =>
                app.MapGet("/orders", () => "orders").RequireRateLimiting({|#0:"per-kee"|});
        }
        """, SC1003(0, "per-kee", "'per-key'"));

    [Fact]
    public Task No_rate_limiting_rule_means_no_SC1003_and_no_SC1005() => VerifyAllAsync<EndpointRateLimitingAnalyzer>(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/q", () => "q").RequireRateLimiting("nowhere");
        """,
    }, EndpointVerifier.AuthorizationRules);

    [Fact]
    public async Task A_library_of_the_app_s_own_that_uses_rate_limiting_may_register_and_run_it_so_nothing_is_reported()
    {
        foreach (bool commandLine in new[] { false, true })
        {
            var test = Verifier.Analyzer<EndpointRateLimitingAnalyzer>(Verifier.WebUsings + """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddPlatform();
                var app = builder.Build();
                app.UsePlatform();
                app.MapGet("/q", () => "q").RequireRateLimiting("platform");
                """);
            test.TestState.AdditionalProjects["Platform"].Sources.Add(("/Platform/Platform.cs", """
                using System;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.RateLimiting;
                using Microsoft.Extensions.DependencyInjection;

                public static class Platform
                {
                    public static IServiceCollection AddPlatform(this IServiceCollection services) =>
                        services.AddRateLimiter(o => o.AddConcurrencyLimiter("platform", c => c.PermitLimit = 4));

                    public static WebApplication UsePlatform(this WebApplication app)
                    {
                        app.UseRateLimiter();
                        return app;
                    }
                }
                """));
            test.TestState.AdditionalProjects["Platform"].AdditionalReferences.AddRange(InstalledReferenceAssemblies.AspNetCore);
            test.TestState.AdditionalProjectReferences.Add("Platform");
            if (commandLine)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/SpecConstitution.CommandLine.globalconfig", "is_global = true\nbuild_property.SpecConstitutionCommandLineBuild = true\n"));
            }

            await test.RunAsync();
        }
    }

    private const string LibraryUsingPolicies = """
        var builder = WebApplication.CreateBuilder(args);
        var app = {|#0:builder.Build()|};
        app.MapOrders();
        app.MapGet("/q", () => "q").RequireRateLimiting({|#1:"platform"|});
        """;

    [Fact]
    public Task A_compiled_library_that_registers_policies_and_adds_the_middleware_silences_SC1003_and_SC1005() =>
        VerifyWithCompiledLibraryAsync(LibraryUsingPolicies.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty), """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.RateLimiting;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.DependencyInjection;

            public static class Platform
            {
                public static IServiceCollection AddPlatform(this IServiceCollection services) =>
                    services.AddRateLimiter(o => o.AddConcurrencyLimiter("platform", c => c.PermitLimit = 4));

                public static IApplicationBuilder UsePlatform(this IApplicationBuilder app) => app.UseRateLimiter();

                public static void MapOrders(this IEndpointRouteBuilder routes) => routes.MapGet("/orders", () => "orders");
            }
            """);

    // A library of endpoints that only names policies (as layered apps put their endpoint modules in libraries) registers nothing.
    [Fact]
    public Task A_compiled_library_that_only_names_policies_leaves_SC1003_and_SC1005_to_judge() =>
        VerifyWithCompiledLibraryAsync(LibraryUsingPolicies, """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            public static class Platform
            {
                public static void MapOrders(this IEndpointRouteBuilder routes) =>
                    routes.MapGet("/orders", () => "orders").RequireRateLimiting("platform");
            }
            """, SC1005(0, NoUseRateLimiter), SC1003(1, "platform", "none"));

    /// <summary>The library is compiled first and referenced as metadata, as a command-line build references a project.</summary>
    private static async Task VerifyWithCompiledLibraryAsync(string program, string library, params DiagnosticResult[] expected)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Platform",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(library) },
            InstalledReferenceAssemblies.AspNetCore,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        foreach (bool commandLine in new[] { false, true })
        {
            var test = Verifier.Analyzer<EndpointRateLimitingAnalyzer>(Verifier.WebUsings + program);
            test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray()));
            if (commandLine)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/SpecConstitution.CommandLine.globalconfig", "is_global = true\nbuild_property.SpecConstitutionCommandLineBuild = true\n"));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }
    }
}
