using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Endpoints.Rules;
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

    /// <summary>The app's registrations, in a file of their own: an IServiceCollection extension registering "per-key".</summary>
    private const string PerKeyRegistration = """
        using System;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.RateLimiting;
        using Microsoft.Extensions.DependencyInjection;

        public static class RateLimits
        {
            public static IServiceCollection AddRateLimits(this IServiceCollection services) =>
                services.AddRateLimiter(o => o.AddFixedWindowLimiter("per-key", w => { w.PermitLimit = 100; w.Window = TimeSpan.FromMinutes(1); }));
        }
        """;

    private static Task FixRateLimitingAsync(string source, string fixedSource, string key, string rules = Verifier.RateLimitingRules, string? registrations = PerKeyRegistration)
    {
        var test = Verifier.CodeFix<EndpointRateLimitingAnalyzer, AddRateLimitingCodeFix>(source, fixedSource, rules);
        if (registrations != null)
        {
            test.TestState.Sources.Add(("/0/RateLimits.cs", registrations));
            test.FixedState.Sources.Add(("/0/RateLimits.cs", registrations));
        }

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
            [EnableRateLimiting("per-key")]
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

        [EnableRateLimiting("per-key")]
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
        app.UseRateLimiter();
        app.MapGet({|SC1001:"/quotes"|}, () => "quotes"); // all quotes
        """, """
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
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
        app.UseRateLimiter();
        app.MapGet({|SC1001:"/quotes"|}, () => "quotes");
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.RateLimiting;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/quotes", () => "quotes").RequireRateLimiting("concurrent");
        """, "SC1001.Endpoint", registrations: null);

    [Fact]
    public Task Appends_RequireRateLimiting_to_the_group_variable() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        var api = app.MapGroup("/api");
        api.MapGet({|SC1001:"/a"|}, () => "a");
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        var api = app.MapGroup("/api").RequireRateLimiting("per-key");
        api.MapGet("/a", () => "a");
        """, "SC1001.Group");

    [Fact]
    public Task Appends_RequireRateLimiting_to_an_inline_group() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGroup("/api").MapGet({|SC1001:"/a"|}, () => "a");
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGroup("/api").RequireRateLimiting("per-key").MapGet("/a", () => "a");
        """, "SC1001.Group", DefaultPolicyRules);

    [Fact]
    public Task No_fix_is_offered_when_the_app_registers_no_policy() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Mvc;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string {|SC1001:Get|}() => "orders";
        }
        """, """
        using Microsoft.AspNetCore.Mvc;

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string {|SC1001:Get|}() => "orders";
        }
        """, key: null!, DefaultPolicyRules, registrations: null);

    [Fact]
    public Task An_unregistered_default_policy_yields_to_the_registered_one() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGet({|SC1001:"/quotes"|}, () => "quotes");
        """, """
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGet("/quotes", () => "quotes").RequireRateLimiting("fixed");
        """, "SC1001.Endpoint", DefaultPolicyRules, PerKeyRegistration.Replace("\"per-key\"", "\"fixed\""));

    [Fact]
    public Task Each_registered_policy_is_offered() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGet({|SC1001:"/quotes"|}, () => "quotes");
        """, """
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGet("/quotes", () => "quotes").RequireRateLimiting("sliding");
        """, "SC1001.Endpoint:sliding", registrations: PerKeyRegistration.Replace(
            "o => o.AddFixedWindowLimiter(",
            "o => o.AddSlidingWindowLimiter(\"sliding\", w => { w.PermitLimit = 1; w.Window = TimeSpan.FromSeconds(1); w.SegmentsPerWindow = 1; }).AddFixedWindowLimiter("));

    [Fact]
    public Task A_placeholder_is_offered_when_a_registered_name_is_computed() => FixRateLimitingAsync("""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGet({|SC1001:"/quotes"|}, () => "quotes");
        """, """
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.CreateBuilder(args).Build();
        app.UseRateLimiter();
        app.MapGet("/quotes", () => "quotes").RequireRateLimiting("policy");
        """, "SC1001.Endpoint", registrations: PerKeyRegistration.Replace("\"per-key\"", "Environment.MachineName"));

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
