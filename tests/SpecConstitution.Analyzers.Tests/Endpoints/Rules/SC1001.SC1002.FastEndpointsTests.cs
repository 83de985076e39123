using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>
/// FastEndpoints' endpoints (issue 21), compiled against the real FastEndpoints package: a class deriving from its
/// Endpoint base types is an endpoint reported at the verb call of its Configure().
/// </summary>
public class FastEndpointsTests
{
    /// <summary>FastEndpoints and the assemblies its public types need (FluentValidation, its attribute and messaging assemblies).</summary>
    private static readonly MetadataReference[] Library = new[] { typeof(FastEndpoints.BaseEndpoint).Assembly }
        .Concat(typeof(FastEndpoints.BaseEndpoint).Assembly.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("FastEndpoints", StringComparison.Ordinal) || name.Name!.StartsWith("FluentValidation", StringComparison.Ordinal))
            .Select(Assembly.Load))
        .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location))
        .ToArray();

    private const string App = """
        using FastEndpoints;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddFastEndpoints();
        var app = builder.Build();
        app.UseFastEndpoints();
        """;

    private static Task VerifyRateLimitingAsync(string[] sources, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyWithLibrariesAsync<EndpointRateLimitingAnalyzer>(sources, Verifier.RateLimitingRules, Library, expected);

    private static Task VerifyAuthorizationAsync(string[] sources, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyWithLibrariesAsync<EndpointAuthorizationAnalyzer>(sources, AuthorizationRules, Library, expected);

    private const string Endpoints = """
        // file: Endpoints.cs
        using FastEndpoints;

        public class LoginRequest { public string? Name { get; set; } }

        public class LoginEndpoint : Endpoint<LoginRequest>
        {
            public override void Configure()
            {
                {|#0:Post("/login")|};
                AllowAnonymous();
            }
        }

        public class ReportsEndpoint : EndpointWithoutRequest
        {
            public override void Configure()
            {
                {|#1:Get("/reports", "/reports/all")|};
                Roles("admin");
            }
        }

        public class ThrottledEndpoint : EndpointWithoutRequest
        {
            public override void Configure()
            {
                Get("/throttled");
                Throttle(hitLimit: 10, durationSeconds: 60);
            }
        }

        public class LimitedEndpoint : EndpointWithoutRequest
        {
            public override void Configure()
            {
                Verbs(Http.PUT, Http.PATCH);
                Routes("/limited");
                Options(b => b.RequireRateLimiting("standard"));
            }
        }

        public abstract class SecuredEndpoint : EndpointWithoutRequest
        {
        }

        public class WeatherEndpoint : SecuredEndpoint
        {
            public override void Configure()
            {
                {|#2:Delete("/weather/{id}")|};
            }
        }
        """;

    [Fact]
    public Task Endpoints_without_Throttle_or_a_rate_limiting_option_get_SC1001_at_their_verb_call() => VerifyRateLimitingAsync(
        new[] { App, Endpoints },
        SC1001(0, "POST /login"), SC1001(1, "GET /reports"), SC1001(1, "GET /reports/all"), SC1001(2, "DELETE /weather/{id}"));

    [Fact]
    public Task Every_endpoint_states_authorization_since_FastEndpoints_secures_by_default() => VerifyAuthorizationAsync(new[] { App, Endpoints });

    [Fact]
    public Task The_global_configurator_rate_limits_every_endpoint() => VerifyRateLimitingAsync(new[]
    {
        """
        using FastEndpoints;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddFastEndpoints();
        var app = builder.Build();
        app.UseFastEndpoints(c =>
        {
            c.Endpoints.RoutePrefix = "api";
            c.Endpoints.Configurator = ep => ep.Options(b => b.RequireRateLimiting("standard"));
        });
        """,
        Endpoints,
    });

    [Fact]
    public Task DisableRateLimiting_in_Options_takes_the_protection_away_and_the_route_prefix_is_in_the_name() => VerifyRateLimitingAsync(new[]
    {
        """
        using FastEndpoints;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddFastEndpoints();
        var app = builder.Build();
        app.UseFastEndpoints(c => c.Endpoints.RoutePrefix = "api");
        """,
        """
        // file: Ping.cs
        using FastEndpoints;

        public class PingEndpoint : EndpointWithoutRequest
        {
            public override void Configure()
            {
                {|#0:Get("/ping")|};
                Throttle(10, 60);
                Options(b => b.DisableRateLimiting());
            }
        }
        """,
    }, SC1001(0, "GET /api/ping"));

    [Fact]
    public Task Attribute_configured_endpoints_are_endpoints_and_Throttle_on_the_class_limits_them() => VerifyRateLimitingAsync(new[]
    {
        App,
        """
        // file: Attributed.cs
        using FastEndpoints;

        [{|#0:FastEndpoints.HttpGet("/status")|}]
        public class StatusEndpoint : EndpointWithoutRequest
        {
        }

        [FastEndpoints.HttpPost("/orders"), Throttle(10, 60)]
        public class OrdersEndpoint : EndpointWithoutRequest
        {
        }
        """,
    }, SC1001(0, "GET /status"));

    [Fact]
    public async Task The_fix_adds_an_Options_statement_naming_the_registered_policy_after_the_verb_call()
    {
        const string registrations = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.RateLimiting;
            using Microsoft.Extensions.DependencyInjection;

            public static class RateLimits
            {
                public static IServiceCollection AddRateLimits(this IServiceCollection services) =>
                    services.AddRateLimiter(o => o.AddFixedWindowLimiter("per-key", w => { w.PermitLimit = 100; w.Window = System.TimeSpan.FromMinutes(1); }));
            }
            """;
        var test = Verifier.CodeFix<EndpointRateLimitingAnalyzer, SpecConstitution.CodeFixes.AddRateLimitingCodeFix>("""
            using FastEndpoints;

            public class PingEndpoint : EndpointWithoutRequest
            {
                public override void Configure()
                {
                    {|SC1001:Get("/ping")|};
                    AllowAnonymous();
                }
            }
            """, """
            using FastEndpoints;
            using Microsoft.AspNetCore.Builder;

            public class PingEndpoint : EndpointWithoutRequest
            {
                public override void Configure()
                {
                    Get("/ping");
                    Options(x => x.RequireRateLimiting("per-key"));
                    AllowAnonymous();
                }
            }
            """);
        test.TestState.Sources.Add(("/0/RateLimits.cs", registrations));
        test.FixedState.Sources.Add(("/0/RateLimits.cs", registrations));
        test.TestState.AdditionalReferences.AddRange(Library);
        test.FixedState.AdditionalReferences.AddRange(Library);
        test.CodeActionEquivalenceKey = "SC1001.FastEndpoint";
        await test.RunAsync();
    }
}
