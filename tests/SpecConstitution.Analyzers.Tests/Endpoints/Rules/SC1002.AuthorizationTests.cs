using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Endpoints.Discovery;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>SC1002: every endpoint states its authorization.</summary>
public class AuthorizationTests
{
    private const string FallbackSatisfies = """
        rules:
          - id: authorized
            kind: endpoint-authorization
            fallback-policy-satisfies: true
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Infrastructure.EndpointVerifier.VerifyAsync<EndpointAuthorizationAnalyzer>("using Microsoft.AspNetCore.Authorization;\n" + source, AuthorizationRules, expected);

    private static Task VerifyAsync(string source, string rules, params DiagnosticResult[] expected) =>
        Infrastructure.EndpointVerifier.VerifyAsync<EndpointAuthorizationAnalyzer>("using Microsoft.AspNetCore.Authorization;\n" + source, rules, expected);

    [Fact]
    public Task Minimal_api_without_authorization_reports_SC1002() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/api/orders"|}, () => "orders");
        """, SC1002(0, "GET /api/orders"));

    [Fact]
    public Task RequireAuthorization_on_the_endpoint_states_it() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/api/orders", () => "orders").RequireAuthorization("admin");
        """);

    [Fact]
    public Task AllowAnonymous_on_the_endpoint_states_it() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => "home").AllowAnonymous();
        """);

    [Fact]
    public Task RequireAuthorization_on_an_outer_group_states_it() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGroup("/v1").MapGet("/orders", () => "orders");
        """);

    [Fact]
    public Task Authorize_attribute_on_the_handler_lambda_states_it() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", [Authorize] () => "orders");
        """);

    [Fact]
    public Task WithMetadata_AllowAnonymousAttribute_states_it() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", () => "orders").WithMetadata(new AllowAnonymousAttribute());
        """);

    [Fact]
    public Task Authorize_on_the_controller_covers_its_actions() => VerifyAsync("""
        [Authorize, Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """);

    [Fact]
    public Task Authorize_on_a_base_controller_covers_derived_actions() => VerifyAsync("""
        [Authorize(Roles = "admin")]
        public abstract class SecureController : ControllerBase { }

        [Route("api/orders")]
        public class OrdersController : SecureController
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """);

    [Fact]
    public Task Controller_action_without_authorization_reports_SC1002() => VerifyAsync("""
        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet, AllowAnonymous]
            public string Get() => "orders";

            [HttpDelete("{id}")]
            public string {|#0:Delete|}(int id) => "deleted";
        }
        """, SC1002(0, "DELETE /api/orders/{id}"));

    [Fact]
    public Task A_global_AuthorizeFilter_covers_every_controller_action() => VerifyAsync("""
        using Microsoft.AspNetCore.Mvc.Authorization;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddControllers(options => options.Filters.Add(new AuthorizeFilter("staff")));
        var app = builder.Build();
        app.MapControllers();
        app.MapGet({|#0:"/ping"|}, () => "pong");

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """, SC1002(0, "GET /ping"));

    [Fact]
    public Task A_global_AuthorizeFilter_added_by_type_covers_Razor_Pages_too() => VerifyAsync("""
        using Microsoft.AspNetCore.Mvc.Authorization;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.Configure<MvcOptions>(options => options.Filters.Add<AuthorizeFilter>());
        var app = builder.Build();
        app.MapRazorPages();
        """);

    [Fact]
    public Task An_AuthorizeFilter_outside_the_global_filters_covers_nothing() => VerifyAsync("""
        using Microsoft.AspNetCore.Mvc.Authorization;
        var filters = new List<object> { new AuthorizeFilter() };
        filters.Add(new AuthorizeFilter("staff"));
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllers();

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string {|#0:Get|}() => "orders";
        }
        """, SC1002(0, "GET /api/orders"));

    [Fact]
    public Task MapControllers_on_a_group_prefixes_the_routes_and_each_group_is_judged_by_its_conventions() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/internal").RequireAuthorization().MapControllers();
        app.MapGroup("/public").MapControllers();

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string {|#0:Get|}() => "orders";
        }
        """, SC1002(0, "GET /public/api/orders"));

    [Fact]
    public Task RequireAuthorization_on_MapControllers_covers_controllers() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllers().RequireAuthorization();

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """);

    [Fact]
    public Task Fallback_policy_satisfies_when_the_rule_allows_it() => VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        var app = builder.Build();
        app.MapGet("/orders", () => "orders");
        """, FallbackSatisfies);

    [Fact]
    public Task SetFallbackPolicy_satisfies_when_the_rule_allows_it() => VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        var app = builder.Build();
        app.MapGet("/orders", () => "orders");
        """, FallbackSatisfies);

    [Fact]
    public Task Fallback_policy_does_not_satisfy_by_default() => VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        var app = builder.Build();
        app.MapGet({|#0:"/orders"|}, () => "orders");
        """, SC1002(0, "GET /orders"));

    [Fact]
    public Task Null_fallback_policy_does_not_satisfy() => VerifyAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorization(o => o.FallbackPolicy = null);
        var app = builder.Build();
        app.MapGet({|#0:"/orders"|}, () => "orders");
        """, FallbackSatisfies, SC1002(0, "GET /orders"));

    [Fact]
    public Task Authorization_exclude_routes_apply() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/health", () => "ok");
        """, """
        rules:
          - id: authorized
            kind: endpoint-authorization
            exclude-routes: ["/health"]
        """);

    [Fact]
    public Task Authorization_in_a_helper_follows_the_callers_group() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/admin").RequireAuthorization().MapAdmin();

        static class AdminApi
        {
            public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder group)
            {
                group.MapPost("/reset", () => "reset");
                return group;
            }
        }
        """);
}
