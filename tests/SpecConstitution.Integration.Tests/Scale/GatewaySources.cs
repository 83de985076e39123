namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// Shop.Gateway: maps the Shop.Endpoints modules and its own storefront endpoints inline in top-level statements; the
/// Request Delegate Generator and the configuration binder generator; the planted authorization and policy-name findings.
/// </summary>
public static class GatewaySources
{
    public const string Project = "Shop.Gateway";

    public static IReadOnlyList<PlantedFinding> Write(ShopSolutionFiles files)
    {
        files.Source(Project, "Configuration/GatewayOptions.cs", """
            namespace Shop.Gateway.Configuration;

            public sealed class GatewayOptions
            {
                public const string Section = "Gateway";

                public string Name { get; set; } = "shop-gateway";

                public int TimeoutSeconds { get; set; } = 30;

                public List<string> AllowedOrigins { get; set; } = [];
            }
            """);
        foreach (ShopResource r in ShopResources.Storefront)
        {
            files.Source(Project, $"Handlers/{r.Name}Handlers.cs", MinimalApiSources.Handlers(r, $"{Project}.Handlers", "/api/v2/storefront"));
        }

        string modules = string.Join("\n", ShopResources.Inventory.Select(r => $"app.Map{r.Name}Module();"));
        string inline = string.Join("\n\n", ShopResources.Storefront.Select(r => $$"""
            RouteGroupBuilder {{Camel(r.Plural)}} = storefront.MapGroup("/{{r.Segment}}").WithTags("{{r.Plural}}");
            {{Camel(r.Plural)}}.MapGet("/", {{r.Name}}Handlers.List);
            {{Camel(r.Plural)}}.MapGet("/{id:int}", {{r.Name}}Handlers.Get);
            {{Camel(r.Plural)}}.MapGet("/search", {{r.Name}}Handlers.Search);
            {{Camel(r.Plural)}}.MapPost("/", {{r.Name}}Handlers.Create).RequireAuthorization(AuthorizationPolicies.Writer);
            {{Camel(r.Plural)}}.MapPut("/{id:int}", {{r.Name}}Handlers.Update).RequireAuthorization(AuthorizationPolicies.Writer);
            {{Camel(r.Plural)}}.MapDelete("/{id:int}", {{r.Name}}Handlers.Delete).RequireAuthorization(AuthorizationPolicies.Writer);
            """));
        string program = WebHostSources.Bootstrap(["Storefront", "Inventory"], controllers: false,
            ["Shop.Endpoints.Modules.Inventory", $"{Project}.Configuration", $"{Project}.Handlers"]) + $$"""


            // Bound by the configuration binder source generator.
            GatewayOptions gateway = app.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();

            {{modules}}

            RouteGroupBuilder storefront = app.MapGroup("/api/v2")
                .MapGroup("/storefront")
                .RequireRateLimiting(RatePolicies.PerApiKey)
                .RequireAuthorization();

            {{inline}}

            // Planted: rate limited, but says nothing about authorization.
            app.MapGet("/api/v1/gateway/status", () => TypedResults.Ok(gateway.Name)).RequireRateLimiting(RatePolicies.PerApiKey);

            // Planted: a misspelled policy name.
            app.MapGet("/api/v1/gateway/ping", () => TypedResults.Ok("pong")).RequireRateLimiting("per-apikey").AllowAnonymous();

            app.Run();
            """;
        files.Source(Project, "Program.cs", program, endpoints: 3 + ShopResources.Storefront.Count * MinimalApiSources.EndpointsPerResource);
        return
        [
            new PlantedFinding("SC1002", $"{Project}/Program.cs", "Endpoint 'GET /api/v1/gateway/status' states no authorization"),
            new PlantedFinding("SC1003", $"{Project}/Program.cs", "Rate limiting policy 'per-apikey' is not registered"),
        ];
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
