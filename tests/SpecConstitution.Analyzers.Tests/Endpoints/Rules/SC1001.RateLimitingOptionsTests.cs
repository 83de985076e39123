using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.Endpoints.Discovery;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>The endpoint-rate-limiting options, severity from the rules file and .editorconfig, and SC1003 unknown policies.</summary>
public class RateLimitingOptionsTests
{
    private const string AllowDisable = """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            allow-disable: true
        """;

    private const string RequiredPolicy = """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            required-policy: per-key
        """;

    private const string GlobalLimiterSatisfies = """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            global-limiter-satisfies: true
        """;

    private const string GlobalLimiterApp = """
        using System.Threading.RateLimiting;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(options =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetNoLimiter("all")));
        var app = builder.Build();
        app.UseRateLimiter();
        """;

    private static Task VerifyAsync(string source, string rules, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(source, rules, expected);

    /// <summary>SC1003 and SC1005 checked too: the cases below are about policy registrations.</summary>
    private static Task VerifyAllAsync(string source, string rules, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAllAsync<EndpointRateLimitingAnalyzer>(new[] { source }, rules, expected);

    [Fact]
    public Task DisableRateLimiting_is_reported_when_the_rule_does_not_allow_it() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/open"|}, () => "open").DisableRateLimiting();
        """, Verifier.RateLimitingRules, SC1001(0, "GET /open"));

    [Fact]
    public Task DisableRateLimiting_wins_over_a_rate_limited_group_as_at_run_time() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api").RequireRateLimiting("per-key");
        api.MapGet({|#0:"/open"|}, () => "open").DisableRateLimiting();
        """, Verifier.RateLimitingRules, SC1001(0, "GET /api/open"));

    [Fact]
    public Task DisableRateLimiting_is_an_explicit_decision_when_allowed() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/open", () => "open").DisableRateLimiting();
        """, AllowDisable);

    [Fact]
    public Task DisableRateLimiting_attribute_on_an_action_is_reported_when_not_allowed() => VerifyAsync("""
        [Route("api/orders"), EnableRateLimiting("per-key")]
        public class OrdersController : ControllerBase
        {
            [HttpGet, DisableRateLimiting]
            public string {|#0:Get|}() => "orders";
        }
        """, Verifier.RateLimitingRules, SC1001(0, "GET /api/orders"));

    [Fact]
    public Task DisableRateLimiting_attribute_is_accepted_when_allowed() => VerifyAsync("""
        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet, DisableRateLimiting]
            public string Get() => "orders";
        }
        """, AllowDisable);

    [Fact]
    public Task Required_policy_accepts_that_policy() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/q", () => "q").RequireRateLimiting("per-key");
        """, RequiredPolicy);

    [Fact]
    public Task Required_policy_rejects_another_policy() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/q"|}, () => "q").RequireRateLimiting("burst");
        """, RequiredPolicy, SC1001(0, "GET /q"));

    [Fact]
    public Task Required_policy_rejects_another_policy_in_an_attribute() => VerifyAsync("""
        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet, EnableRateLimiting("burst")]
            public string {|#0:Get|}() => "orders";

            [HttpPost, EnableRateLimiting("per-key")]
            public string Post() => "created";
        }
        """, RequiredPolicy, SC1001(0, "GET /api/orders"));

    [Fact]
    public Task Global_limiter_satisfies_when_the_rule_allows_it() => VerifyAsync(GlobalLimiterApp + """
        app.MapGet("/q", () => "q");
        """, GlobalLimiterSatisfies);

    [Fact]
    public Task Global_limiter_does_not_satisfy_by_default() => VerifyAsync(GlobalLimiterApp + """
        app.MapGet({|#0:"/q"|}, () => "q");
        """, Verifier.RateLimitingRules, SC1001(0, "GET /q"));

    [Fact]
    public Task Global_limiter_without_UseRateLimiter_does_not_satisfy() => VerifyAsync("""
        using System.Threading.RateLimiting;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(options =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetNoLimiter("all")));
        var app = builder.Build();
        app.MapGet({|#0:"/q"|}, () => "q");
        """, GlobalLimiterSatisfies, SC1001(0, "GET /q"));

    [Fact]
    public Task Global_limiter_does_not_override_DisableRateLimiting() => VerifyAsync(GlobalLimiterApp + """
        app.MapGet({|#0:"/q"|}, () => "q").DisableRateLimiting();
        """, GlobalLimiterSatisfies, SC1001(0, "GET /q"));

    [Fact]
    public Task Severity_none_turns_the_rule_off() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/q", () => "q");
        """, """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            severity: none
        """);

    [Fact]
    public Task Info_severity_from_the_rules_file() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/q"|}, () => "q");
        """, """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            severity: info
        """, SC1001(0, "GET /q", severity: DiagnosticSeverity.Info));

    [Fact]
    public Task Editorconfig_severity_wins_over_the_rules_file() => EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/q"|}, () => "q");
        """,
    }, """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            severity: error
        """, """
        root = true

        [*.cs]
        dotnet_diagnostic.SC1001.severity = suggestion
        """, SC1001(0, "GET /q", severity: DiagnosticSeverity.Info));

    [Fact]
    public Task Editorconfig_none_silences_the_rule() => EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(new[]
    {
        """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/q", () => "q");
        """,
    }, Verifier.RateLimitingRules, """
        root = true

        [*.cs]
        dotnet_diagnostic.SC1001.severity = none
        """);

    [Fact]
    public Task Two_rules_of_the_kind_each_report() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/q"|}, () => "q").RequireRateLimiting("burst");
        """, """
        rules:
          - id: any-limit
            kind: endpoint-rate-limiting
          - id: keyed-limit
            kind: endpoint-rate-limiting
            required-policy: per-key
        """, SC1001(0, "GET /q", rule: "keyed-limit"));

    [Fact]
    public Task With_a_required_policy_a_convention_added_after_the_attribute_decides() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/replaced"|}, [EnableRateLimiting("per-key")] () => "r").RequireRateLimiting("loose");
        app.MapGet("/kept", [EnableRateLimiting("per-key")] () => "k");
        app.MapGet("/overridden", [EnableRateLimiting("loose")] () => "o").RequireRateLimiting("per-key");
        """, RequiredPolicy, new DiagnosticResult("SC1001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("GET /replaced", "rate-limited", "; the attribute that would satisfy it is replaced by a convention added after it, whose metadata the middleware reads"));

    [Fact]
    public Task With_a_required_policy_the_action_attribute_replaces_the_controller_attribute() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllers();

        [Route("api/orders"), EnableRateLimiting("per-key")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";

            [HttpPost, EnableRateLimiting("loose")]
            public string {|#0:Create|}() => "created";
        }
        """, RequiredPolicy, SC1001(0, "POST /api/orders"));

    [Fact]
    public Task With_a_required_policy_MapControllers_conventions_replace_action_attributes() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllers().RequireRateLimiting("loose");

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet, EnableRateLimiting("per-key")]
            public string {|#0:Get|}() => "orders";
        }
        """, RequiredPolicy, new DiagnosticResult("SC1001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("GET /api/orders", "rate-limited", "; the attribute that would satisfy it is replaced by a convention added after it, whose metadata the middleware reads"));

    [Fact]
    public Task A_broken_rule_does_not_disable_the_rules_that_parsed() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/q"|}, () => "q");
        """, """
        rules:
          - id: broken
            kind: no-such-kind
          - id: rate-limited
            kind: endpoint-rate-limiting
            exclude-routes: { not: a-list }
        """, SC1001(0, "GET /q"));

    [Fact]
    public Task Unregistered_policy_in_RequireRateLimiting_reports_SC1003() => VerifyAllAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("fixed", w => { w.PermitLimit = 10; w.Window = TimeSpan.FromMinutes(1); }));
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/q", () => "q").RequireRateLimiting({|#0:"fixd"|});
        """, Verifier.RateLimitingRules, SC1003(0, "fixd", "'fixed'"));

    [Fact]
    public Task Registered_policies_of_every_kind_are_known() => VerifyAllAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o =>
        {
            o.AddFixedWindowLimiter("fixed", w => { w.PermitLimit = 1; w.Window = TimeSpan.FromSeconds(1); });
            o.AddSlidingWindowLimiter("sliding", w => { w.PermitLimit = 1; w.Window = TimeSpan.FromSeconds(1); w.SegmentsPerWindow = 1; });
            o.AddTokenBucketLimiter("bucket", w => { w.TokenLimit = 1; w.TokensPerPeriod = 1; w.ReplenishmentPeriod = TimeSpan.FromSeconds(1); });
            o.AddConcurrencyLimiter("concurrent", w => w.PermitLimit = 1);
            o.AddPolicy("custom", context => System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("x"));
        });
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/a", () => "a").RequireRateLimiting("fixed");
        app.MapGet("/b", () => "b").RequireRateLimiting("sliding");
        app.MapGet("/c", () => "c").RequireRateLimiting("bucket");
        app.MapGet("/d", () => "d").RequireRateLimiting("concurrent");
        app.MapGet("/e", () => "e").RequireRateLimiting("custom");
        """, Verifier.RateLimitingRules);

    [Fact]
    public Task Unregistered_policy_in_EnableRateLimiting_reports_SC1003() => VerifyAllAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.UseRateLimiter();

        [Route("api/orders"), EnableRateLimiting({|#0:"per-key"|})]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """, Verifier.RateLimitingRules, SC1003(0, "per-key", "'concurrent'"));

    [Fact]
    public Task A_named_policy_with_no_registration_at_all_reports_SC1003_at_each_use_and_SC1005() => VerifyAllAsync("""
        var app = {|#2:WebApplication.CreateBuilder(args).Build()|};
        app.MapGet("/q", () => "q").RequireRateLimiting({|#0:"fixed"|});
        app.MapGet("/r", [EnableRateLimiting({|#1:"fixed"|})] () => "r");
        """, Verifier.RateLimitingRules, SC1003(0, "fixed", "none"), SC1003(1, "fixed", "none"), SC1005(2, "its pipeline never calls UseRateLimiter()"));

    [Fact]
    public Task A_computed_policy_name_means_no_SC1003() => VerifyAllAsync("""
        var builder = WebApplication.CreateBuilder(args);
        string name = args[0];
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter(name, c => c.PermitLimit = 4));
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/q", () => "q").RequireRateLimiting("other");
        """, Verifier.RateLimitingRules);

    [Fact]
    public Task Unregistered_policy_on_a_handler_lambda_reports_SC1003() => VerifyAllAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/q", [EnableRateLimiting({|#0:"burst"|})] () => "q");
        """, Verifier.RateLimitingRules, SC1003(0, "burst", "'concurrent'"));

    [Fact]
    public Task Unregistered_policy_on_a_partial_action_s_implementation_reports_SC1003() => VerifyAllAsync("""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddConcurrencyLimiter("concurrent", c => c.PermitLimit = 4));
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapControllers();

        [Route("api/orders"), EnableRateLimiting("concurrent")]
        public partial class OrdersController : ControllerBase
        {
            [HttpGet]
            public partial string Get();

            [EnableRateLimiting({|#0:"burst"|})]
            public partial string Get() => "orders";
        }
        """, Verifier.RateLimitingRules, SC1003(0, "burst", "'concurrent'"));
}
