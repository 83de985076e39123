using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.Endpoints.Discovery;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>SC1001 over controllers, with MVC's own discovery rules.</summary>
public class ControllerRateLimitingTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(source, Verifier.RateLimitingRules, expected);

    private static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected) =>
        EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>(sources, Verifier.RateLimitingRules, null, expected);

    [Fact]
    public Task Controller_and_action_tokens_are_replaced_in_the_route() => VerifyAsync("""
        [Route("api/[controller]/[action]")]
        public class OrdersController : ControllerBase
        {
            public string {|#0:ListAsync|}() => "orders";
        }
        """, SC1001(0, "/api/Orders/List"));

    [Fact]
    public Task Action_route_starting_with_slash_ignores_the_controller_prefix() => VerifyAsync("""
        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet("/status")]
            public string {|#0:Status|}() => "ok";
        }
        """, SC1001(0, "GET /status"));

    [Fact]
    public Task Controller_attribute_without_suffix_makes_a_controller() => VerifyAsync("""
        [Controller]
        [Route("api/billing")]
        public class Billing
        {
            [HttpPost]
            public string {|#0:Charge|}() => "charged";
        }
        """, SC1001(0, "POST /api/billing"));

    [Fact]
    public Task Poco_class_with_Controller_suffix_is_a_controller() => VerifyAsync("""
        public class PingController
        {
            [HttpGet("ping")]
            public string {|#0:Ping|}() => "pong";
        }
        """, SC1001(0, "GET /ping"));

    [Fact]
    public Task Internal_abstract_and_generic_classes_are_not_controllers() => VerifyAsync("""
        internal class HiddenController : ControllerBase
        {
            [HttpGet("hidden")]
            public string Get() => "x";
        }

        public abstract class AbstractController : ControllerBase
        {
            public abstract string Get();
        }

        public class GenericController<T> : ControllerBase
        {
            [HttpGet("generic")]
            public string Get() => "x";
        }
        """);

    [Fact]
    public Task Static_private_and_generic_methods_are_not_actions() => VerifyAsync("""
        [Route("api/tools")]
        public class ToolsController : ControllerBase
        {
            public static string Static() => "x";
            private string Private() => "x";
            public string Generic<T>() => "x";
            protected string Protected() => "x";
        }
        """);

    [Fact]
    public Task NonController_on_a_base_class_is_inherited() => VerifyAsync("""
        [NonController]
        public class InfrastructureBase : ControllerBase { }

        [Route("infra")]
        public class SetupController : InfrastructureBase
        {
            public string Run() => "x";
        }
        """);

    [Fact]
    public Task EnableRateLimiting_on_a_base_controller_covers_derived_controllers() => VerifyAsync("""
        [EnableRateLimiting("per-key")]
        public abstract class ApiControllerBase : ControllerBase { }

        [Route("api/quotes")]
        public class QuotesController : ApiControllerBase
        {
            [HttpGet]
            public string Get() => "quotes";
        }
        """);

    [Fact]
    public Task Actions_inherited_from_a_source_base_class_are_endpoints_of_the_derived_controller() => VerifyAsync("""
        public abstract class CrudController : ControllerBase
        {
            [HttpGet]
            public string {|#0:List|}() => "all";
        }

        [Route("api/products")]
        public class ProductsController : CrudController { }
        """, SC1001(0, "GET /api/products"));

    [Fact]
    public Task Actions_of_a_generic_base_controller_are_endpoints_of_each_derived_controller() => VerifyAsync("""
        public abstract class CrudController<T> : ControllerBase
        {
            [HttpGet]
            public string {|#0:List|}() => typeof(T).Name;
        }

        [Route("api/products")]
        public class ProductsController : CrudController<string> { }

        [Route("api/orders"), EnableRateLimiting("per-key")]
        public class OrdersController : CrudController<int> { }

        [Route("api/tags")]
        public class TagsController : CrudController<object> { }
        """, SC1001(0, "GET /api/products"), SC1001(0, "GET /api/tags"));

    [Fact]
    public Task Overridden_action_reports_once_at_the_override() => VerifyAsync("""
        public abstract class CrudController : ControllerBase
        {
            [HttpGet]
            public virtual string List() => "all";
        }

        [Route("api/products")]
        public class ProductsController : CrudController
        {
            public override string {|#0:List|}() => "products";
        }
        """, SC1001(0, "GET /api/products"));

    [Fact]
    public Task EnableRateLimiting_on_an_overridden_base_action_is_inherited() => VerifyAsync("""
        public abstract class CrudController : ControllerBase
        {
            [HttpGet, EnableRateLimiting("per-key")]
            public virtual string List() => "all";
        }

        [Route("api/products")]
        public class ProductsController : CrudController
        {
            public override string List() => "products";
        }
        """);

    [Fact]
    public Task Partial_controller_reports_each_action_once() => VerifyAsync(new[]
    {
        """
        [Route("api/parts")]
        public partial class PartsController : ControllerBase
        {
            [HttpGet]
            public string {|#0:Get|}() => "parts";
        }
        """,
        """
        public partial class PartsController
        {
            [HttpPost]
            public string {|#1:Post|}() => "created";
        }
        """,
    }, SC1001(0, "GET /api/parts"), SC1001(1, "POST /api/parts"));

    [Fact]
    public Task Partial_controller_rate_limited_in_the_other_part() => VerifyAsync(new[]
    {
        """
        [Route("api/parts")]
        public partial class PartsController : ControllerBase
        {
            [HttpGet]
            public string Get() => "parts";
        }
        """,
        """
        [EnableRateLimiting("per-key")]
        public partial class PartsController { }
        """,
    });

    [Fact]
    public Task Conventional_actions_are_endpoints_when_a_conventional_route_is_mapped() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapDefaultControllerRoute();

        public class HomeController : Controller
        {
            public IActionResult {|#0:Index|}() => View();
        }
        """, SC1001(0, "/Home/Index"));

    [Fact]
    public Task Conventional_actions_are_not_endpoints_when_only_MapControllers_is_called() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllers();

        public class HomeController : Controller
        {
            public IActionResult Index() => View();
        }
        """);

    [Fact]
    public Task Rate_limited_conventional_route_covers_conventional_actions() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").RequireRateLimiting("per-key");

        public class HomeController : Controller
        {
            public IActionResult Index() => View();
        }
        """);

    [Fact]
    public Task Rate_limited_conventional_route_does_not_cover_attribute_routed_actions() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").RequireRateLimiting("per-key");
        app.MapControllers();

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string {|#0:Get|}() => "orders";
        }
        """, SC1001(0, "GET /api/orders"));

    [Fact]
    public Task MapControllers_chain_held_in_a_variable_counts() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var controllers = app.MapControllers();
        controllers.RequireRateLimiting("per-key");

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """);

    [Fact]
    public Task MapControllers_in_a_helper_method_with_rate_limiting_counts() => VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapApi();

        static class Endpoints
        {
            public static void MapApi(this IEndpointRouteBuilder routes) => routes.MapControllers().RequireRateLimiting("per-key");
        }

        [Route("api/orders")]
        public class OrdersController : ControllerBase
        {
            [HttpGet]
            public string Get() => "orders";
        }
        """);

    [Fact]
    public Task Controller_exclude_routes_apply_to_the_computed_route() => EndpointVerifier.VerifyAsync<EndpointRateLimitingAnalyzer>("""
        [Route("health")]
        public class HealthController : ControllerBase
        {
            [HttpGet("live")]
            public string Live() => "ok";
        }
        """, """
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            exclude-routes: ["/health/*"]
        """);

    [Fact]
    public Task SuppressMessage_on_the_action_suppresses() => VerifyAsync("""
        [Route("api/internal")]
        public class InternalController : ControllerBase
        {
            [HttpGet]
            [System.Diagnostics.CodeAnalysis.SuppressMessage("SpecConstitution.Endpoints", "SC1001", Justification = "internal network only")]
            public string Get() => "x";
        }
        """);

    [Fact]
    public Task Controller_in_a_Program_class_app_reports() => VerifyAsync("""
        public static class Program
        {
            public static void Main(string[] args)
            {
                var app = WebApplication.CreateBuilder(args).Build();
                app.MapControllers();
                app.Run();
            }
        }

        [ApiController]
        [Route("api/[controller]")]
        public class WeatherController : ControllerBase
        {
            [HttpGet("{city}")]
            public string {|#0:Get|}(string city) => city;
        }
        """, SC1001(0, "GET /api/Weather/{city}"));

    // The role-based-auth-api fixture: its own [Authorize(params Role[] roles)] made every attribute read throw (AD0001).
    [Fact]
    public Task An_attribute_whose_first_argument_is_an_array_is_read_without_a_crash() => VerifyAsync("""
        public enum Role { Admin, User }

        [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
        public sealed class AuthorizeAttribute : Attribute
        {
            public AuthorizeAttribute(params Role[] roles) { }
        }

        [Route("api/users"), Authorize(Role.Admin)]
        public class UsersController : ControllerBase
        {
            [HttpGet, Authorize(Role.Admin, Role.User)]
            public string {|#0:Get|}() => "users";
        }
        """, SC1001(0, "GET /api/users"));
}
