namespace SpecConstitution.Analyzers.Tests.Runtime;

/// <summary>
/// A real multi-file ASP.NET Core app that uses every endpoint style the analyzers understand. Some endpoints are
/// rate limited and authorized, some not, on purpose: the runtime comparison test checks the analyzers agree with
/// what the running app exposes.
/// </summary>
internal static class RuntimeTestApp
{
    public const string RulesFile = SpecKitSamples.EndpointRules;

    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.DependencyInjection;

        """;

    public static IReadOnlyList<(string Path, string Text)> Sources { get; } = new[]
    {
        ("Program.cs", Usings + """
            var app = AppFactory.Create(args);
            app.Run();
            """),
        ("AppFactory.cs", Usings + """
            public static class AppFactory
            {
                public static WebApplication Create(string[] args)
                {
                    var builder = WebApplication.CreateBuilder(args);
                    builder.Services.AddControllersWithViews().AddApplicationPart(typeof(AppFactory).Assembly);
                    builder.Services.AddAuthorization(o => o.AddPolicy("admin", p => p.RequireRole("admin")));
                    builder.Services.AddHealthChecks();
                    builder.Services.AddSignalR();
                    builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("per-key", w => { w.PermitLimit = 100; w.Window = TimeSpan.FromMinutes(1); }));

                    var app = builder.Build();
                    app.UseRateLimiter();
                    app.UseAuthorization();

                    app.MapGet("/", () => "home").AllowAnonymous();
                    app.MapGet("/ping", () => "pong").RequireRateLimiting("per-key").AllowAnonymous();
                    app.MapGet("/lambda", [EnableRateLimiting("per-key")] [Authorize] () => "lambda");
                    app.MapMethods("/options", new[] { "OPTIONS" }, () => "options").RequireRateLimiting("per-key");
                    app.MapHealthChecks("/healthz").AllowAnonymous();
                    app.MapFallback(() => "fallback");
                    app.MapHub<ChatHub>("/chat");
                    app.MapHub<NewsHub>("/news").RequireRateLimiting("per-key").AllowAnonymous();

                    var api = app.MapGroup("/api").RequireAuthorization();
                    var v1 = api.MapGroup("/v1").RequireRateLimiting("per-key");
                    v1.MapGet("/quotes", () => "quotes");
                    v1.MapPost("/quotes", () => "created").DisableRateLimiting();
                    api.MapGroup("/v2").MapQuotesV2();

                    app.MapGroup("/catalog").RequireRateLimiting("per-key").MapCatalogApi();
                    app.MapGroup("/legacy").MapCatalogApi();

                    Routes.Admin = app.MapGroup("/admin").RequireAuthorization("admin");
                    Routes.MapAdmin();

                    app.MapControllers();
                    app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").RequireRateLimiting("per-key");
                    return app;
                }
            }
            """),
        ("Apis/CatalogApi.cs", Usings + """
            public static class CatalogApi
            {
                public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
                {
                    app.MapGet("/items", () => "items").AllowAnonymous();
                    var brands = app.MapGroup("/brands");
                    brands.MapGet("/", () => "brands");
                    brands.MapDelete("/{id}", (int id) => id).RequireAuthorization();
                    return app;
                }

                public static void MapQuotesV2(this RouteGroupBuilder group)
                {
                    group.MapGet("/quotes", () => "v2 quotes");
                    group.MapPut("/quotes/{id}", (int id) => id).RequireRateLimiting("per-key");
                }
            }
            """),
        ("Hubs/ChatHub.cs", Usings + """
            public class ChatHub : Microsoft.AspNetCore.SignalR.Hub
            {
            }

            public class NewsHub : Microsoft.AspNetCore.SignalR.Hub
            {
            }
            """),
        ("Apis/Routes.cs", Usings + """
            public static class Routes
            {
                public static RouteGroupBuilder Admin = null!;

                public static void MapAdmin()
                {
                    Admin.MapPost("/reset", () => "reset");
                    Admin.MapGet("/stats", () => "stats").RequireRateLimiting("per-key");
                }
            }
            """),
        ("Controllers/OrdersController.cs", Usings + """
            [ApiController]
            [Authorize]
            [Route("api/[controller]")]
            public class OrdersController : ControllerBase
            {
                [HttpGet]
                public string List() => "orders";

                [HttpGet("{id}"), EnableRateLimiting("per-key")]
                public string Get(int id) => "order";

                [NonAction]
                public string Helper() => "not an endpoint";
            }
            """),
        ("Controllers/InvoicesController.cs", Usings + """
            [EnableRateLimiting("per-key")]
            public abstract class LimitedControllerBase : ControllerBase
            {
            }

            [Route("api/invoices")]
            public class InvoicesController : LimitedControllerBase
            {
                [HttpGet]
                public string List() => "invoices";

                [HttpPost, AllowAnonymous]
                public string Create() => "created";

                [HttpDelete("{id}"), DisableRateLimiting, Authorize]
                public string Delete(int id) => "deleted";
            }
            """),
        ("Controllers/CrudController.cs", Usings + """
            public abstract class CrudController : ControllerBase
            {
                [HttpGet("all")]
                public string All() => "all";
            }

            [Route("api/products")]
            public class ProductsController : CrudController
            {
                [HttpGet("{id}"), Authorize]
                public string Get(int id) => "product";
            }
            """),
        ("Controllers/ReportsController.Part1.cs", Usings + """
            [Route("reports")]
            public partial class ReportsController : ControllerBase
            {
                [HttpGet("daily")]
                public string Daily() => "daily";
            }
            """),
        ("Controllers/ReportsController.Part2.cs", Usings + """
            [AllowAnonymous]
            public partial class ReportsController
            {
                [HttpGet("weekly"), EnableRateLimiting("per-key")]
                public string Weekly() => "weekly";
            }
            """),
        ("Controllers/PingController.cs", Usings + """
            public class PocoPingController
            {
                [HttpGet("poco/ping")]
                public string Ping() => "pong";
            }
            """),
        ("Controllers/HomeController.cs", Usings + """
            public class HomeController : Controller
            {
                public string Index() => "home";

                [AllowAnonymous, HttpPost]
                public string About() => "about";
            }
            """),
    };
}
