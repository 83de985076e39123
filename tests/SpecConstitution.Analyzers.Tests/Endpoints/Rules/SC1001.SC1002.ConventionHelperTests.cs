using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>
/// Conventions that flow through user code (issue 21): helpers that create and return configured groups, helpers that
/// configure the builder they are given (returning it or not), Map* helpers whose callers configure the result, and
/// endpoints mapped through a static abstract interface member.
/// </summary>
public class ConventionHelperTests
{
    private static Task VerifyAuthorizationAsync(string[] sources, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAsync<EndpointAuthorizationAnalyzer>(sources, AuthorizationRules, null, expected);

    private static Task VerifyRateLimitingAsync(string[] sources, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(sources, Verifier.RateLimitingRules, null, expected);

    private const string GroupHelpers = """
        // file: GroupHelpers.cs
        public static class GroupHelpers
        {
            public static RouteGroupBuilder MapPublicGroup(this IEndpointRouteBuilder app, string? prefix = null)
            {
                return app.MapGroup(prefix ?? string.Empty)
                    .AllowAnonymous();
            }

            public static RouteGroupBuilder MapPlainGroup(this IEndpointRouteBuilder app, string prefix) => app.MapGroup(prefix);
        }
        """;

    [Fact]
    public Task A_helper_that_creates_a_group_gives_it_the_callers_prefix_and_its_own_conventions() => VerifyAuthorizationAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        var open = app.MapPublicGroup("/tasks").WithTags("Tasks");
        open.MapGet("/", () => "tasks");
        app.MapPlainGroup("/admin").MapGet({|#0:"/stats"|}, () => "stats");
        app.MapPlainGroup("/reports").MapGet("/daily", () => "daily").RequireAuthorization();
        """,
        GroupHelpers,
    }, SC1002(0, "GET /admin/stats"));

    [Fact]
    public Task Endpoints_mapped_through_a_static_abstract_interface_member_get_the_group_of_the_generic_caller() => VerifyAuthorizationAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPublicGroup("/tasks").MapEndpoint<ListTasks>();
        app.MapPlainGroup("/private").MapEndpoint<CreateTask>();
        """,
        GroupHelpers,
        """
        // file: Endpoints.cs
        public interface IEndpoint
        {
            static abstract void Map(IEndpointRouteBuilder app);
        }

        public static class EndpointMapping
        {
            public static IEndpointRouteBuilder MapEndpoint<TEndpoint>(this IEndpointRouteBuilder app) where TEndpoint : IEndpoint
            {
                TEndpoint.Map(app);
                return app;
            }
        }

        public class ListTasks : IEndpoint
        {
            public static void Map(IEndpointRouteBuilder app) => app.MapGet("/", () => "list");
        }

        public class CreateTask : IEndpoint
        {
            public static void Map(IEndpointRouteBuilder app) => app.MapPost({|#0:"/"|}, () => "created");
        }
        """,
    }, SC1002(0, "POST /private"));

    [Fact]
    public Task A_helper_that_configures_the_builder_it_is_given_counts_whether_or_not_it_returns_it() => VerifyRateLimitingAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api");
        api.WithStandardLimits();
        api.MapGet("/orders", () => "orders");
        var admin = app.MapGroup("/admin");
        Limits.Apply(admin);
        admin.MapGet("/stats", () => "stats");
        app.MapGet("/items", () => "items").Limited();
        app.MapGet({|#0:"/open"|}, () => "open").Tagged();
        """,
        """
        // file: Limits.cs
        public static class Limits
        {
            public static void WithStandardLimits(this RouteGroupBuilder group) => Apply(group);

            public static void Apply(RouteGroupBuilder group)
            {
                group.RequireRateLimiting("standard");
            }

            public static TBuilder Limited<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
            {
                builder.Add(b => b.Metadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute("standard")));
                return builder;
            }

            public static TBuilder Tagged<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder;
        }
        """,
    }, SC1001(0, "GET /open"));

    [Fact]
    public Task Conventions_a_caller_applies_to_a_Map_helpers_result_cover_the_endpoint_only_when_every_caller_applies_them() => VerifyRateLimitingAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapOrders().RequireRateLimiting("standard");
        app.MapInvoices().RequireRateLimiting("standard");
        app.MapInvoices();
        """,
        """
        // file: Routes.cs
        public static class Routes
        {
            public static RouteHandlerBuilder MapOrders(this IEndpointRouteBuilder app) => app.MapGet("/orders", () => "orders");

            public static RouteHandlerBuilder MapInvoices(this IEndpointRouteBuilder app)
            {
                return app.MapGet({|#0:"/invoices"|}, () => "invoices");
            }
        }
        """,
    }, SC1001(0, "GET /invoices"));

    [Fact]
    public Task A_convention_applied_only_under_a_condition_is_not_assumed_and_the_message_says_why() => EndpointVerifier.VerifyAsync<EndpointAuthorizationAnalyzer>(new[]
    {
        """
        using Microsoft.Extensions.Hosting;
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api");
        if (!app.Environment.IsDevelopment())
        {
            api.RequireAuthorization();
        }

        api.MapGet({|#0:"/orders"|}, () => "orders");
        if (app.Environment.IsProduction())
        {
            var admin = app.MapGroup("/admin").RequireAuthorization();
            admin.MapGet("/stats", () => "stats");
        }
        """,
    }, AuthorizationRules, null, new DiagnosticResult("SC1002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
        "GET /api/orders", "authorized", "; a convention that would satisfy it is applied only when a condition holds (if, switch or ?:), which the analysis does not assume"));
}
