using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.Endpoints.Inventory;
using SpecConstitution.Analyzers.Tests.Infrastructure;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Inventory;

/// <summary>SC1090: one Info diagnostic per endpoint with its description in the properties, only when a command-line build asks.</summary>
public sealed class InventoryAnalyzerTests
{
    private const string App = """
        using Microsoft.AspNetCore.Authorization;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("fixed", w => { w.PermitLimit = 1; w.Window = TimeSpan.FromSeconds(1); }));
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseRateLimiter();

        var api = app.MapGroup("/api").RequireAuthorization().RequireRateLimiting("fixed");
        api.MapGet("/orders", () => "orders");
        api.MapPost("/orders/{id}", (int id) => id).AllowAnonymous();
        api.MapGet("/open", () => "open").DisableRateLimiting();
        app.MapMethods("/both", new[] { "GET", "HEAD" }, () => "x");
        app.MapGet("/named", Handlers.Named);
        app.Map("/any", () => "any");
        app.MapControllers();
        app.Run();

        static class Handlers
        {
            [AllowAnonymous]
            [EnableRateLimiting("unregistered")]
            public static string Named() => "n";
        }

        [ApiController]
        [Route("api/v1/widgets")]
        [Authorize]
        public sealed class WidgetsController : ControllerBase
        {
            [HttpGet("{id}")]
            [DisableRateLimiting]
            public string Get(int id) => "w";

            [HttpDelete("{id}")]
            public void Delete(int id) { }
        }
        """;

    [Fact]
    public async Task Describes_every_endpoint_with_methods_authorization_rate_limiting_handler_and_location()
    {
        ImmutableArray<Diagnostic> inventory = await InventoryAsync(Compile(App));

        string[] described = inventory.Select(d => string.Join(" ", d.Properties["methods"], d.Properties["route"], d.Properties["authorization"], d.Properties["rateLimiting"], d.Properties["handler"]))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
        [
            "*", // sorted first: "* /any"
            "DELETE /api/v1/widgets/{id} authorize none WidgetsController.Delete",
            "GET /api/open authorize disabled lambda in Program.<top-level>",
            "GET /api/orders authorize fixed lambda in Program.<top-level>",
            "GET /api/v1/widgets/{id} authorize disabled WidgetsController.Get",
            "GET /named anonymous unregistered Handlers.Named",
            "GET,HEAD /both none none lambda in Program.<top-level>",
            "POST /api/orders/{id} anonymous fixed lambda in Program.<top-level>",
        ], described.Select(d => d.StartsWith("* /any", StringComparison.Ordinal) ? "*" : d));
        Assert.Equal("* /any none none lambda in Program.<top-level>", described[0]);
        Assert.All(inventory, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Diagnostic orders = inventory.Single(d => d.Properties["route"] == "/api/orders");
        Assert.Equal("/app/Program.cs", orders.Properties["file"]);
        Assert.Equal((orders.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), orders.Properties["line"]);
        Assert.Equal("Endpoint 'GET /api/orders': authorization authorize, rate limiting fixed", orders.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Reports_nothing_unless_a_command_line_build_asks_for_the_inventory(bool commandLine, bool inventory)
    {
        Assert.Empty(await InventoryAsync(Compile(App), commandLine, inventory));
    }

    [Fact]
    public async Task A_fallback_authorization_policy_and_a_global_limiter_are_authorize_and_global()
    {
        const string app = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAuthorization(o => o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            builder.Services.AddRateLimiter(o => o.GlobalLimiter = System.Threading.RateLimiting.PartitionedRateLimiter.Create<HttpContext, string>(c => System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("all")));
            var app = builder.Build();
            app.UseRateLimiter();
            app.MapGet("/x", () => "x");
            app.Run();
            """;

        Diagnostic x = Assert.Single(await InventoryAsync(Compile(app)));

        Assert.Equal(("authorize", "global"), (x.Properties["authorization"], x.Properties["rateLimiting"]));
    }

    [Fact]
    public async Task A_FastEndpoints_endpoint_is_in_the_inventory_secured_by_default_unless_it_allows_anonymous()
    {
        const string app = """
            using FastEndpoints;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddFastEndpoints();
            var app = builder.Build();
            app.UseFastEndpoints();
            app.Run();

            public sealed class LoginEndpoint : EndpointWithoutRequest
            {
                public override void Configure()
                {
                    Post("/login");
                    AllowAnonymous();
                }
            }

            public sealed class ReportsEndpoint : EndpointWithoutRequest
            {
                public override void Configure()
                {
                    Get("/reports");
                    Throttle(hitLimit: 10, durationSeconds: 60);
                }
            }
            """;
        MetadataReference[] fastEndpoints = new[] { typeof(FastEndpoints.BaseEndpoint).Assembly }
            .Concat(typeof(FastEndpoints.BaseEndpoint).Assembly.GetReferencedAssemblies()
                .Where(name => name.Name!.StartsWith("FastEndpoints", StringComparison.Ordinal) || name.Name!.StartsWith("FluentValidation", StringComparison.Ordinal))
                .Select(System.Reflection.Assembly.Load))
            .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location))
            .ToArray();

        ImmutableArray<Diagnostic> inventory = await InventoryAsync(Compile(app, fastEndpoints));

        string[] described = inventory.Select(d => string.Join(" ", d.Properties["methods"], d.Properties["route"], d.Properties["authorization"], d.Properties["rateLimiting"], d.Properties["handler"]))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["GET /reports authorize throttle ReportsEndpoint", "POST /login anonymous none LoginEndpoint"], described);
    }

    /// <summary>The SC1090 diagnostics of a compilation, as a command-line build asking for the inventory gets them.</summary>
    internal static async Task<ImmutableArray<Diagnostic>> InventoryAsync(Compilation compilation, bool commandLine = true, bool inventory = true)
    {
        var global = new Dictionary<string, string>();
        if (commandLine)
        {
            global["build_property.SpecConstitutionCommandLineBuild"] = "true";
        }

        if (inventory)
        {
            global["build_property.SpecConstitutionEndpointInventory"] = "true";
        }

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildOptions(global));
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EndpointInventoryAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Id == "SC1090").ToImmutableArray();
    }

    private static CSharpCompilation Compile(string source, params MetadataReference[] libraries)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("InventoryApp",
            [CSharpSyntaxTree.ParseText(Verifier.WebUsings + source, new CSharpParseOptions(LanguageVersion.Latest), "/app/Program.cs")],
            InstalledReferenceAssemblies.AspNetCore.Concat(libraries),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        return compilation;
    }
}
