using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.Endpoints.Discovery;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>SC1001 over the minimal-API surface: every Map* shape, groups, variables, fields and helper methods.</summary>
public class MinimalApiRateLimitingTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(source, Verifier.RateLimitingRules, expected);

    private static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(sources, Verifier.RateLimitingRules, null, expected);

    [Fact]
    public Task Every_verb_of_Map_is_an_endpoint() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPatch({|#0:"/p"|}, () => "p");
        app.MapMethods({|#1:"/m"|}, new[] { "OPTIONS" }, () => "m");
        app.Map({|#2:"/any"|}, () => "any");
        """, SC1001(0, "PATCH /p"), SC1001(1, "/m"), SC1001(2, "/any"));

    [Fact]
    public Task MapFallback_without_pattern_reports_the_catch_all_route() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.{|#0:MapFallback|}(() => "index");
        """, SC1001(0, "/{*path:nonfile}"));

    [Fact]
    public Task RequestDelegate_overload_is_an_endpoint() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/raw"|}, (HttpContext context) => context.Response.WriteAsync("raw"));
        """, SC1001(0, "GET /raw"));

    [Fact]
    public Task Computed_route_is_shown_as_a_wildcard() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        string prefix = args.Length > 0 ? args[0] : "/x";
        app.MapGet({|#0:prefix|}, () => "x");
        """, SC1001(0, "GET /*"));

    [Fact]
    public Task Non_endpoint_calls_named_Map_are_ignored() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/api");
        Tools.MapGet("/not-an-endpoint");

        static class Tools
        {
            public static void MapGet(string route) { }
        }
        """);

    [Fact]
    public Task Group_three_levels_deep_inherits_from_the_middle_group() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api");
        var v1 = api.MapGroup("/v1").RequireRateLimiting("per-key");
        var quotes = v1.MapGroup("/quotes");
        quotes.MapGet("/", () => "all");
        """);

    [Fact]
    public Task Group_three_levels_deep_without_rate_limiting_reports_full_route() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var quotes = app.MapGroup("/api").MapGroup("/v1").MapGroup("/quotes");
        quotes.MapGet({|#0:"/{id}"|}, (int id) => id);
        """, SC1001(0, "GET /api/v1/quotes/{id}"));

    [Fact]
    public Task Sibling_group_rate_limiting_does_not_leak() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var limited = app.MapGroup("/limited").RequireRateLimiting("per-key");
        var open = app.MapGroup("/open");
        limited.MapGet("/a", () => "a");
        open.MapGet({|#0:"/b"|}, () => "b");
        """, SC1001(0, "GET /open/b"));

    [Fact]
    public Task Rate_limiting_on_another_endpoint_of_the_same_group_does_not_leak() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api");
        api.MapGet("/a", () => "a").RequireRateLimiting("per-key");
        api.MapGet({|#0:"/b"|}, () => "b");
        """, SC1001(0, "GET /api/b"));

    [Fact]
    public Task Endpoint_builder_held_in_a_variable_then_limited() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var endpoint = app.MapGet("/quotes", () => "quotes");
        endpoint.RequireRateLimiting("per-key");
        """);

    [Fact]
    public Task Group_reassigned_to_a_variable_keeps_its_conventions() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        RouteGroupBuilder group;
        group = app.MapGroup("/api").RequireRateLimiting("per-key");
        group.MapGet("/quotes", () => "quotes");
        """);

    [Fact]
    public Task WithMetadata_EnableRateLimitingAttribute_counts() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/quotes", () => "quotes").WithMetadata(new EnableRateLimitingAttribute("per-key"));
        """);

    [Fact]
    public Task EnableRateLimiting_on_the_handler_lambda_counts() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/quotes", [EnableRateLimiting("per-key")] () => "quotes");
        """);

    [Fact]
    public Task EnableRateLimiting_on_a_handler_method_counts() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/quotes", Handlers.List);

        static class Handlers
        {
            [EnableRateLimiting("per-key")]
            public static string List() => "quotes";
        }
        """);

    [Fact]
    public Task Helper_extension_method_gets_the_callers_group_conventions() => VerifyAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("api/catalog").RequireRateLimiting("per-key").MapCatalogApi();
        """,
        """
        public static class CatalogApi
        {
            public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
            {
                app.MapGet("/items", () => "items");
                var brands = app.MapGroup("/brands");
                brands.MapGet("/", () => "brands");
                return app;
            }
        }
        """,
    });

    [Fact]
    public Task Helper_called_without_conventions_reports_with_the_callers_prefix() => VerifyAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("api/catalog").MapCatalogApi();
        """,
        """
        public static class CatalogApi
        {
            public static void MapCatalogApi(this IEndpointRouteBuilder app)
            {
                app.MapGet({|#0:"/items"|}, () => "items");
            }
        }
        """,
    }, SC1001(0, "GET /api/catalog/items"));

    [Fact]
    public Task Helper_called_from_its_own_file_as_well_as_from_another_is_judged_for_both_calls() => VerifyAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/v1").RequireRateLimiting("per-key").MapOrders();
        app.MapLegacy();
        """,
        """
        public static class OrdersApi
        {
            public static void MapOrders(this IEndpointRouteBuilder routes) => routes.MapGet({|#0:"/orders"|}, () => "orders");

            public static void MapLegacy(this IEndpointRouteBuilder routes) => routes.MapGroup("/legacy").MapOrders();
        }
        """,
    }, SC1001(0, "GET /legacy/orders"));

    [Fact]
    public Task A_partial_helper_is_judged_by_its_callers_though_its_body_is_the_other_part() => VerifyAsync(new[]
    {
        // Calls bind to the declaring part; the endpoints are in the implementing part's body.
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/v1").RequireRateLimiting("per-key").MapOrders();
        app.MapGroup("/v2").MapOrders();
        """,
        """
        public static partial class OrdersApi
        {
            public static partial void MapOrders(this IEndpointRouteBuilder routes);
        }
        """,
        """
        public static partial class OrdersApi
        {
            public static partial void MapOrders(this IEndpointRouteBuilder routes) => routes.MapGet({|#0:"/orders"|}, () => "orders");
        }
        """,
    }, SC1001(0, "GET /v2/orders"));

    [Fact]
    public Task A_partial_helper_returning_its_receiver_gets_the_conventions_chained_after_it() => VerifyAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/v1").MapOrders().RequireRateLimiting("per-key");
        """,
        """
        public static partial class OrdersApi
        {
            public static partial RouteGroupBuilder MapOrders(this RouteGroupBuilder group);
        }
        """,
        """
        public static partial class OrdersApi
        {
            public static partial RouteGroupBuilder MapOrders(this RouteGroupBuilder orders)
            {
                orders.MapGet("/orders", () => "orders");
                return orders;
            }
        }
        """,
    });

    [Fact]
    public Task Helper_called_twice_reports_only_the_uncovered_call() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/v1").RequireRateLimiting("per-key").MapOrders();
        app.MapGroup("/v2").MapOrders();

        static class OrdersApi
        {
            public static void MapOrders(this IEndpointRouteBuilder routes) => routes.MapGet({|#0:"/orders"|}, () => "orders");
        }
        """, SC1001(0, "GET /v2/orders"));

    [Fact]
    public Task Helper_taking_a_group_parameter_that_limits_it_itself() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        OrdersApi.Map(app.MapGroup("/orders"));

        static class OrdersApi
        {
            public static void Map(RouteGroupBuilder group)
            {
                group.RequireRateLimiting("per-key");
                group.MapGet("/", () => "orders");
            }
        }
        """);

    [Fact]
    public Task Helper_with_a_group_variable_argument_sees_later_conventions_on_it() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api");
        api.MapOrders();
        api.RequireRateLimiting("per-key");

        static class OrdersApi
        {
            public static void MapOrders(this RouteGroupBuilder routes) => routes.MapGet("/orders", () => "orders");
        }
        """);

    [Fact]
    public Task Helper_never_called_is_judged_on_its_own() => VerifyAsync("""
        public static class UnusedApi
        {
            public static void MapUnused(this IEndpointRouteBuilder routes) => routes.MapDelete({|#0:"/unused"|}, () => "gone");
        }
        """, SC1001(0, "DELETE /unused"));

    [Fact]
    public Task Group_held_in_a_static_field_with_rate_limiting() => VerifyAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        Routes.Api = app.MapGroup("/api").RequireRateLimiting("per-key");
        Routes.MapAll();
        """,
        """
        public static class Routes
        {
            public static RouteGroupBuilder Api = null!;

            public static void MapAll() => Api.MapGet("/quotes", () => "quotes");
        }
        """,
    });

    [Fact]
    public Task Group_held_in_a_field_without_rate_limiting_reports_with_its_prefix() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        new Api(app).Map();

        public class Api
        {
            private readonly RouteGroupBuilder _group;

            public Api(IEndpointRouteBuilder routes) => _group = routes.MapGroup("/fielded");

            public void Map() => _group.MapGet({|#0:"/q"|}, () => "q");
        }
        """, SC1001(0, "GET /fielded/q"));

    [Fact]
    public Task Field_group_limited_in_another_method_counts() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = new Api(app);
        api.Limit();
        api.Map();

        public class Api
        {
            private readonly RouteGroupBuilder _group;

            public Api(IEndpointRouteBuilder routes) => _group = routes.MapGroup("/fielded");

            public void Limit() => _group.RequireRateLimiting("per-key");

            public void Map() => _group.MapGet("/q", () => "q");
        }
        """);

    [Fact]
    public Task Program_class_style_with_Main_reports() => VerifyAsync("""
        public static class Program
        {
            public static void Main(string[] args)
            {
                var app = WebApplication.CreateBuilder(args).Build();
                app.MapGet({|#0:"/main"|}, () => "main");
                app.Run();
            }
        }
        """, SC1001(0, "GET /main"));

    [Fact]
    public Task Startup_style_UseEndpoints_lambda_reports() => VerifyAsync("""
        public class Startup
        {
            public void Configure(IApplicationBuilder app)
            {
                app.UseRouting();
                app.UseEndpoints(endpoints => endpoints.MapGet({|#0:"/startup"|}, () => "s"));
            }
        }
        """, SC1001(0, "GET /startup"));

    [Fact]
    public Task MapHub_is_an_endpoint() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHub<ChatHub>({|#0:"/chat"|});

        public class ChatHub : Microsoft.AspNetCore.SignalR.Hub { }
        """, SC1001(0, "/chat"));

    [Fact]
    public Task MapHub_with_rate_limiting_is_silent() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHub<ChatHub>("/chat").RequireRateLimiting("per-key");

        public class ChatHub : Microsoft.AspNetCore.SignalR.Hub { }
        """);

    [Fact]
    public Task MapHealthChecks_is_an_endpoint() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks({|#0:"/healthz"|});
        """, SC1001(0, "/healthz"));

    [Fact]
    public Task MapRazorPages_is_reported_at_the_call() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.{|#0:MapRazorPages|}();
        """, SC1001(0, "/*"));

    [Fact]
    public Task Endpoints_in_generated_code_are_ignored() => VerifyAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        GeneratedRoutes.Map(app);
        """,
        """
        // file: Routes.g.cs
        public static class GeneratedRoutes
        {
            public static void Map(IEndpointRouteBuilder app) => app.MapGet("/generated", () => "g");
        }
        """,
    });

    [Fact]
    public Task Auto_generated_header_marks_code_as_generated() => VerifyAsync(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        GeneratedRoutes.Map(app);
        """,
        """
        // <auto-generated/>
        public static class GeneratedRoutes
        {
            public static void Map(IEndpointRouteBuilder app) => app.MapGet("/generated", () => "g");
        }
        """,
    });

    [Fact]
    public Task Pragma_warning_disable_suppresses() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        #pragma warning disable SC1001
        app.MapGet("/internal", () => "ok");
        #pragma warning restore SC1001
        """);

    [Fact]
    public Task Convention_after_a_helper_that_returns_its_group_applies_to_the_group() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/orders").MapOrders().RequireRateLimiting("per-key");

        static class OrdersApi
        {
            public static RouteGroupBuilder MapOrders(this RouteGroupBuilder group)
            {
                group.MapGet("/", () => "orders");
                return group;
            }
        }
        """);

    [Fact]
    public Task Convention_after_a_helper_that_returns_something_else_does_not_apply() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/orders").MapOrders().RequireRateLimiting("per-key");

        static class OrdersApi
        {
            public static RouteGroupBuilder MapOrders(this RouteGroupBuilder group)
            {
                group.MapGet({|#0:"/"|}, () => "orders");
                return group.MapGroup("/inner");
            }
        }
        """, SC1001(0, "GET /orders"));

    // As Asp.Versioning's MapToApiVersion (podcasts fixture): a Map-named convention typed TBuilder M<TBuilder>(this TBuilder),
    // whose body does not visibly return its receiver (here: through another call), hands later conventions on.
    [Fact]
    public Task A_Map_named_convention_returning_its_receiver_type_passes_later_conventions_on() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/feeds").MapFeeds().MapToVersion(2.0).RequireRateLimiting("feeds");
        app.MapGroup("/shows").MapFeeds().MapToVersion(1.0);

        public static class Versioning
        {
            public static TBuilder MapToVersion<TBuilder>(this TBuilder builder, double version) where TBuilder : IEndpointConventionBuilder =>
                Same(builder);

            private static T Same<T>(T value) => value;
        }

        public static class Feeds
        {
            public static RouteGroupBuilder MapFeeds(this RouteGroupBuilder group)
            {
                group.MapGet({|#0:"/"|}, () => "feeds");
                return group;
            }
        }
        """, SC1001(0, "GET /shows"));
}
