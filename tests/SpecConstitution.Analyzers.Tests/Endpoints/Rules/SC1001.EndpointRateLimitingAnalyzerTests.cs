using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

public class EndpointRateLimitingAnalyzerTests
{
    private static Task VerifyAsync(string source, string? rules = Verifier.RateLimitingRules, params DiagnosticResult[] expected)
    {
        var test = Verifier.Analyzer<EndpointRateLimitingAnalyzer>(Verifier.WebUsings + source, rules);
        // These cases are about endpoint metadata: policy registration and the pipeline (SC1003, SC1005) have their own tests.
        test.DisabledDiagnostics.AddRange(new[] { "SC1003", "SC1005" });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult SC1001(int markup) => new DiagnosticResult("SC1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(markup);

    [Fact]
    public Task Minimal_api_without_rate_limiting_reports_SC1001() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/api/v1/quotes"|}, () => "quotes");
        """, expected: SC1001(0).WithArguments("GET /api/v1/quotes", "rate-limited", ""));

    [Fact]
    public Task Minimal_api_with_RequireRateLimiting_is_silent() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/api/v1/quotes", () => "quotes").RequireRateLimiting("per-key");
        """);

    [Fact]
    public Task Convention_later_in_the_chain_counts() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/api/v1/quotes", () => "created").WithName("CreateQuote").RequireRateLimiting("per-key");
        """);

    [Fact]
    public Task Rate_limited_group_covers_its_endpoints() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api").RequireRateLimiting("per-key");
        api.MapGet("/quotes", () => "quotes");
        api.MapDelete("/quotes/{id}", (int id) => id);
        """);

    [Fact]
    public Task Nested_groups_inherit_rate_limiting_from_an_outer_group() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api");
        api.RequireRateLimiting("per-key");
        var v1 = api.MapGroup("/v1").WithTags("v1");
        v1.MapGet("/quotes", () => "quotes");
        """);

    [Fact]
    public Task Group_without_rate_limiting_reports_with_full_route() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var v1 = app.MapGroup("/api").MapGroup("v1/");
        v1.MapPut({|#0:"quotes/{id}"|}, (int id) => id);
        """, expected: SC1001(0).WithArguments("PUT /api/v1/quotes/{id}", "rate-limited", ""));

    [Fact]
    public Task Excluded_routes_are_not_reported() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/health/live", () => "ok");
        """, """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            exclude-routes: ["/health*"]
        """);

    [Fact]
    public Task No_rules_file_means_no_diagnostic() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/api/v1/quotes", () => "quotes");
        """, rules: null);

    [Fact]
    public Task Severity_comes_from_the_rules_file() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet({|#0:"/q"|}, () => "quotes");
        """, """
        rules:
          - id: strict
            kind: endpoint-rate-limiting
            severity: error
            principle: "II. Rate limits"
        """, new DiagnosticResult("SC1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("GET /q", "strict", ", principle 'II. Rate limits'"));

    [Fact]
    public Task Controller_action_without_rate_limiting_reports_at_the_method() => VerifyAsync("""
        [ApiController]
        [Route("api/[controller]")]
        public class QuotesController : ControllerBase
        {
            [HttpGet]
            public string {|#0:Get|}() => "quotes";
        }
        """, expected: SC1001(0).WithArguments("GET /api/Quotes", "rate-limited", ""));

    [Fact]
    public Task Controller_level_EnableRateLimiting_covers_actions() => VerifyAsync("""
        [ApiController]
        [Route("api/quotes")]
        [EnableRateLimiting("per-key")]
        public class QuotesController : ControllerBase
        {
            [HttpGet]
            public string Get() => "quotes";
        }
        """);

    [Fact]
    public Task Action_level_EnableRateLimiting_covers_that_action_only() => VerifyAsync("""
        [Route("api/quotes")]
        public class QuotesController : ControllerBase
        {
            [HttpGet, EnableRateLimiting("per-key")]
            public string Get() => "quotes";

            [HttpPost]
            public string {|#0:Post|}() => "created";
        }
        """, expected: SC1001(0).WithArguments("POST /api/quotes", "rate-limited", ""));

    [Fact]
    public Task NonAction_and_NonController_are_not_endpoints() => VerifyAsync("""
        public class QuotesController : ControllerBase
        {
            [NonAction]
            public string Helper() => "x";
        }

        [NonController]
        public class ToolsController
        {
            public string Run() => "x";
        }
        """);

    [Fact]
    public Task MapControllers_chain_with_RequireRateLimiting_covers_controllers() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllers().RequireRateLimiting("per-key");

        public class QuotesController : ControllerBase
        {
            [HttpGet("api/quotes")]
            public string Get() => "quotes";
        }
        """);
}
