using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.CodeFixes;

namespace SpecConstitution.Analyzers.Tests.CodeFixes;

/// <summary>The SC1001/SC1002 fixes: each target, the policy choice, the using they add, formatting kept, Fix All.</summary>
public class EndpointCodeFixTests
{
    private const string DefaultPolicyRules = """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            default-policy: per-key
        """;

    private static Task FixRateLimitingAsync(string source, string fixedSource, string key, string rules = Verifier.RateLimitingRules)
    {
        var test = Verifier.CodeFix<EndpointRateLimitingAnalyzer, AddRateLimitingCodeFix>(source, fixedSource, rules);
        test.CodeActionEquivalenceKey = key;
        return test.RunAsync();
    }

    private static Task FixAuthorizationAsync(string source, string fixedSource, string key)
    {
        var test = Verifier.CodeFix<EndpointAuthorizationAnalyzer, AddAuthorizationCodeFix>(source, fixedSource, EndpointVerifier.AuthorizationRules);
        test.CodeActionEquivalenceKey = key;
        return test.RunAsync();
    }

    [Fact]
    public Task Adds_EnableRateLimiting_to_the_action_with_its_using() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Mvc;

        namespace Shop;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            // Lists orders.
            [HttpGet]
            public string {|SC1001:Get|}() => "orders";
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;

        namespace Shop;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            // Lists orders.
            [EnableRateLimiting("policy")]
            [HttpGet]
            public string Get() => "orders";
        }
        """, "SC1001.Action");

    [Fact]
    public Task Adds_EnableRateLimiting_to_an_action_without_attributes() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            public string {|SC1001:List|}() => "orders";
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [EnableRateLimiting("per-key")]
            public string List() => "orders";
        }
        """, "SC1001.Action", DefaultPolicyRules);

    [Fact]
    public Task Adds_EnableRateLimiting_to_the_controller() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Mvc;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string {|SC1001:Get|}() => "orders";

            [HttpPost]
            public string {|SC1001:Post|}() => "created";
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;

        [EnableRateLimiting("policy")]
        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";

            [HttpPost]
            public string Post() => "created";
        }
        """, "SC1001.Controller");

    [Fact]
    public Task Fix_all_adds_the_attribute_to_every_action() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string {|SC1001:Get|}() => "orders";

            [HttpPost]
            public string {|SC1001:Post|}() => "created";
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [EnableRateLimiting("per-key")]
            [HttpGet]
            public string Get() => "orders";

            [EnableRateLimiting("per-key")]
            [HttpPost]
            public string Post() => "created";
        }
        """, "SC1001.Action", DefaultPolicyRules);

    [Fact]
    public Task Appends_RequireRateLimiting_to_the_Map_call() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|SC1001:"/quotes"|}, () => "quotes"); // all quotes
        """, """
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/quotes", () => "quotes").RequireRateLimiting("per-key"); // all quotes
        """, "SC1001.Endpoint", DefaultPolicyRules);

    [Fact]
    public Task Uses_the_only_registered_policy() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.RateLimiting;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.MapGet({|SC1001:"/quotes"|}, () => "quotes");
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.RateLimiting;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.MapGet("/quotes", () => "quotes").RequireRateLimiting("concurrent");
        """, "SC1001.Endpoint");

    [Fact]
    public Task Appends_RequireRateLimiting_to_the_group_variable() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api");
        api.MapGet({|SC1001:"/a"|}, () => "a");
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api").RequireRateLimiting("policy");
        api.MapGet("/a", () => "a");
        """, "SC1001.Group");

    [Fact]
    public Task Appends_RequireRateLimiting_to_an_inline_group() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/api").MapGet({|SC1001:"/a"|}, () => "a");
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/api").RequireRateLimiting("per-key").MapGet("/a", () => "a");
        """, "SC1001.Group", DefaultPolicyRules);

    [Fact]
    public Task Adds_Authorize_to_the_action_with_its_using() => FixAuthorizationAsync("""
        using Microsoft.AspNetCore.Mvc;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpDelete("{id}")]
            public string {|SC1002:Delete|}(int id) => "deleted";
        }
        """, """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [Authorize]
            [HttpDelete("{id}")]
            public string Delete(int id) => "deleted";
        }
        """, "SC1002.Action.Authorize");

    [Fact]
    public Task Adds_AllowAnonymous_to_the_action() => FixAuthorizationAsync("""
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        [Route("api/status")]
        public class StatusController : ControllerBase
        {
            [HttpGet]
            public string {|SC1002:Get|}() => "ok";
        }
        """, """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        [Route("api/status")]
        public class StatusController : ControllerBase
        {
            [AllowAnonymous]
            [HttpGet]
            public string Get() => "ok";
        }
        """, "SC1002.Action.AllowAnonymous");

    [Fact]
    public Task Adds_Authorize_to_the_controller() => FixAuthorizationAsync("""
        using Microsoft.AspNetCore.Mvc;

        [Route("api/status")]
        public class StatusController : ControllerBase
        {
            [HttpGet]
            public string {|SC1002:Get|}() => "ok";
        }
        """, """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        [Authorize]
        [Route("api/status")]
        public class StatusController : ControllerBase
        {
            [HttpGet]
            public string Get() => "ok";
        }
        """, "SC1002.Controller.Authorize");

    [Fact]
    public Task Appends_RequireAuthorization_to_the_Map_call() => FixAuthorizationAsync("""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost({|SC1002:"/orders"|}, () => "created");
        """, """
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/orders", () => "created").RequireAuthorization();
        """, "SC1002.Endpoint.RequireAuthorization");

    [Fact]
    public Task Appends_AllowAnonymous_to_the_Map_call() => FixAuthorizationAsync("""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|SC1002:"/"|}, () => "home");
        """, """
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => "home").AllowAnonymous();
        """, "SC1002.Endpoint.AllowAnonymous");

    [Fact]
    public Task Appends_RequireAuthorization_to_the_group() => FixAuthorizationAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        var admin = app.MapGroup("/admin");
        admin.MapPost({|SC1002:"/reset"|}, () => "reset");
        admin.MapPost({|SC1002:"/purge"|}, () => "purge");
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        var admin = app.MapGroup("/admin").RequireAuthorization();
        admin.MapPost("/reset", () => "reset");
        admin.MapPost("/purge", () => "purge");
        """, "SC1002.Group.RequireAuthorization");
}
