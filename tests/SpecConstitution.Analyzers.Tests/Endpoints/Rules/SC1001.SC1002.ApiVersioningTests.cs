using System.Reflection;
using Microsoft.CodeAnalysis;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>
/// Asp.Versioning's minimal API surface, compiled against the real package: NewVersionedApi() gives a builder that is
/// both a route builder and a convention builder, versioned groups are ordinary route groups (HasApiVersion is a
/// pass-through convention), and conventions on either cover what is mapped beneath.
/// </summary>
public class ApiVersioningTests
{
    private static readonly MetadataReference[] Library = typeof(ApiVersioningTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AspVersioningAssemblies").Value!
        .Split(';')
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    [Fact]
    public Task Conventions_on_a_versioned_group_cover_its_endpoints_and_only_them() =>
        VerifyWithLibrariesAsync<EndpointRateLimitingAnalyzer>(new[] { """
            using Asp.Versioning;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddApiVersioning();
            var app = builder.Build();
            var orders = app.NewVersionedApi("Orders");
            var v1 = orders.MapGroup("/api/v{version:apiVersion}/orders").HasApiVersion(1.0).RequireRateLimiting("api");
            v1.MapGet("/", () => "orders");
            var v2 = orders.MapGroup("/api/v{version:apiVersion}/orders").HasApiVersion(2.0);
            v2.MapGet({|#0:"/"|}, () => "orders v2");
            """ }, Verifier.RateLimitingRules, Library, SC1001(0, "GET /api/v{version:apiVersion}/orders"));

    [Fact]
    public Task Conventions_on_the_versioned_api_cover_every_version() =>
        VerifyWithLibrariesAsync<EndpointAuthorizationAnalyzer>(new[] { """
            using Asp.Versioning;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddApiVersioning();
            var app = builder.Build();
            var orders = app.NewVersionedApi("Orders");
            orders.RequireAuthorization();
            orders.MapGroup("/v1").HasApiVersion(1.0).MapGet("/orders", () => "v1");
            orders.MapGroup("/v2").HasApiVersion(2.0).MapGet("/orders", () => "v2");
            app.MapGet({|#0:"/health"|}, () => "ok");
            """ }, AuthorizationRules, Library, SC1002(0, "GET /health"));
}
