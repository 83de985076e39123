using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>
/// Carter's modules (issue 21), compiled against the real Carter package: AddRoutes maps ordinary minimal APIs, and a
/// CarterModule's base path and constructor conventions apply to every route it maps.
/// </summary>
public class CarterTests
{
    private static readonly MetadataReference[] Library =
    {
        MetadataReference.CreateFromFile(typeof(CarterTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CarterAssembly").Value!),
    };

    private const string App = """
        using Carter;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCarter();
        var app = builder.Build();
        app.MapCarter();
        """;

    private const string Modules = """
        // file: Modules.cs
        using Carter;

        public class OrdersModule : CarterModule
        {
            public OrdersModule() : base("/orders")
            {
                RequireAuthorization();
                RequireRateLimiting("standard");
            }

            public override void AddRoutes(IEndpointRouteBuilder app)
            {
                app.MapGet("/", () => "orders");
                app.MapPost("/", () => "created");
            }
        }

        public class CatalogModule() : CarterModule("/catalog")
        {
            public override void AddRoutes(IEndpointRouteBuilder app)
            {
                app.MapGet({|#0:"/items"|}, () => "items");
            }
        }

        public class HealthModule : ICarterModule
        {
            public void AddRoutes(IEndpointRouteBuilder app)
            {
                app.MapGet({|#1:"/ping"|}, () => "pong");
                app.MapGet("/open", () => "open").AllowAnonymous().RequireRateLimiting("standard");
            }
        }
        """;

    [Fact]
    public Task Module_conventions_authorize_every_route_and_the_base_path_is_in_the_name() => EndpointVerifier.VerifyWithLibrariesAsync<EndpointAuthorizationAnalyzer>(
        new[] { App, Modules }, AuthorizationRules, Library, SC1002(0, "GET /catalog/items"), SC1002(1, "GET /ping"));

    [Fact]
    public Task Module_conventions_rate_limit_every_route() => EndpointVerifier.VerifyWithLibrariesAsync<EndpointRateLimitingAnalyzer>(
        new[] { App, Modules }, Verifier.RateLimitingRules, Library, SC1001(0, "GET /catalog/items"), SC1001(1, "GET /ping"));
}
