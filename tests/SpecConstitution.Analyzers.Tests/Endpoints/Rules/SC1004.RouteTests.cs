using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Endpoints.Discovery;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>SC1004: the full route template matches the rule's pattern.</summary>
public class RouteTests
{
    private const string Pattern = "^/api/v[0-9]+/";

    private const string Rules = """
        rules:
          - id: versioned
            kind: endpoint-route
            pattern: "^/api/v[0-9]+/"
            exclude-routes: ["/health*"]
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Infrastructure.EndpointVerifier.VerifyAsync<EndpointRouteAnalyzer>(source, Rules, expected);

    [Fact]
    public Task Matching_route_is_silent() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/api/v1/orders", () => "orders");
        """);

    [Fact]
    public Task Unversioned_route_reports_SC1004_with_the_computed_route() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"api/orders"|}, () => "orders");
        """, SC1004(0, "GET /api/orders", "/api/orders", Pattern));

    [Fact]
    public Task Group_prefixes_are_joined_before_matching() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var v2 = app.MapGroup("/api").MapGroup("v2");
        v2.MapPost("orders/", () => "created");
        """);

    [Fact]
    public Task Helper_route_is_judged_with_each_callers_prefix() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/api/v1").MapOrders();
        app.MapGroup("/legacy").MapOrders();

        static class OrdersApi
        {
            public static void MapOrders(this IEndpointRouteBuilder routes) => routes.MapGet({|#0:"/orders"|}, () => "orders");
        }
        """, SC1004(0, "GET /legacy/orders", "/legacy/orders", Pattern));

    [Fact]
    public Task Controller_tokens_are_replaced_before_matching() => VerifyAsync("""
        [Route("[controller]")]
        public class OrdersController : ControllerBase
        {
            [HttpGet("{id}")]
            public string {|#0:Get|}(int id) => "order";
        }

        [Route("api/v3/[controller]")]
        public class InvoicesController : ControllerBase
        {
            [HttpGet("{id}")]
            public string Get(int id) => "invoice";
        }
        """, SC1004(0, "GET /Orders/{id}", "/Orders/{id}", Pattern));

    [Fact]
    public Task Route_computed_at_run_time_is_not_judged() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup(args[0]).MapGet("/orders", () => "orders");
        """);

    [Fact]
    public Task Excluded_routes_are_not_judged() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/healthz", () => "ok");
        """);

    [Fact]
    public Task Route_rule_message_names_the_principle() => Infrastructure.EndpointVerifier.VerifyAsync<EndpointRouteAnalyzer>("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/orders"|}, () => "orders");
        """, """
        rules:
          - id: versioned
            kind: endpoint-route
            principle: "IV. Versioned APIs"
            pattern: "^/api/v[0-9]+/"
        """, new DiagnosticResult("SC1004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("GET /orders", "/orders", "^/api/v[0-9]+/", "versioned", ", principle 'IV. Versioned APIs'"));

    [Fact]
    public Task Area_token_is_replaced_by_the_area_name() => VerifyAsync("""
        [Area("Admin")]
        [Route("[area]/[controller]")]
        public class UsersController : Controller
        {
            [HttpGet]
            public string {|#0:List|}() => "users";
        }
        """, SC1004(0, "GET /Admin/Users", "/Admin/Users", Pattern));

    [Fact]
    public Task Routes_of_Map_calls_inside_a_Startup_UseEndpoints_lambda_are_judged() => VerifyAsync("""
        public class Startup
        {
            public void Configure(IApplicationBuilder app) =>
                app.UseEndpoints(endpoints => endpoints.MapGet({|#0:"/orders"|}, () => "orders"));
        }
        """, SC1004(0, "GET /orders", "/orders", Pattern));
}
