using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>SC1007: a library maps endpoints the compiler cannot see (MapIdentityApi): reported once at the call, unless the returned builder meets the rule.</summary>
public class LibraryMappingTests
{
    private static DiagnosticResult SC1007(int marker, string call, string requirement, string rule, string route) =>
        new DiagnosticResult("SC1007", DiagnosticSeverity.Warning).WithLocation(marker).WithArguments(call, requirement, rule, string.Empty, route);

    private const string Program = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.{|#0:MapIdentityApi<AppUser>|}();
        app.MapGroup("/account").{|#1:MapIdentityApi<AppUser>|}().RequireAuthorization();
        app.MapGroup("/limited").MapIdentityApi<AppUser>().RequireRateLimiting("standard").AllowAnonymous();

        public class AppUser
        {
        }
        """;

    [Fact]
    public Task Identity_endpoints_without_authorization_on_the_returned_builder_are_reported_once_at_the_call() =>
        EndpointVerifier.VerifyAsync<EndpointAuthorizationAnalyzer>(Program, AuthorizationRules,
            SC1007(0, "MapIdentityApi", "makes them state their authorization", "authorized", "/*"));

    [Fact]
    public Task Identity_endpoints_without_rate_limiting_on_the_returned_builder_are_reported_once_at_the_call() =>
        EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(Program, Verifier.RateLimitingRules,
            SC1007(0, "MapIdentityApi", "makes them rate limited", "rate-limited", "/*"),
            SC1007(1, "MapIdentityApi", "makes them rate limited", "rate-limited", "/account/*"));

    [Fact]
    public Task Exclude_routes_leaves_the_library_mapping_out() => EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/identity").MapIdentityApi<AppUser>();

        public class AppUser
        {
        }
        """, """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            exclude-routes: ["/identity/**"]
        """);
}
