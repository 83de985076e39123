namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// Shop.Catalog.Api: minimal APIs in nested route groups through helper methods (half classic extension methods, half
/// C# 14 extension blocks), top-level statements, the Request Delegate Generator, LangVersion preview.
/// </summary>
public static class CatalogApiSources
{
    public const string Project = "Shop.Catalog.Api";

    /// <summary>The route helpers declared in C# 14 extension blocks (every other resource).</summary>
    public static IEnumerable<string> ExtensionBlockRouteFiles =>
        ShopResources.Catalog.Where(UsesExtensionBlock).Select(r => $"{Project}/Routes/{r.Name}Routes.cs");

    public static IReadOnlyList<PlantedFinding> Write(ShopSolutionFiles files)
    {
        foreach (ShopResource r in ShopResources.Catalog)
        {
            files.Source(Project, $"Handlers/{r.Name}Handlers.cs", MinimalApiSources.Handlers(r, $"{Project}.Handlers", "/api/v1/catalog"));
            MinimalApiSources.HelperStyle style = UsesExtensionBlock(r) ? MinimalApiSources.HelperStyle.ExtensionBlock : MinimalApiSources.HelperStyle.ExtensionMethod;
            files.Source(Project, $"Routes/{r.Name}Routes.cs", MinimalApiSources.Routes(r, $"{Project}.Routes", $"{Project}.Handlers", style),
                endpoints: MinimalApiSources.EndpointsPerResource);
        }

        string maps = string.Join("\n", ShopResources.Catalog.Select(r => $"catalog.Map{r.Plural}();"));
        string program = WebHostSources.Bootstrap(["Catalog"], controllers: false, [$"{Project}.Routes"]) + $$"""


            RouteGroupBuilder api = app.MapGroup("/api");
            RouteGroupBuilder v1 = api.MapGroup("/v1").RequireRateLimiting(RatePolicies.PerApiKey).RequireAuthorization();
            RouteGroupBuilder catalog = v1.MapGroup("/catalog").WithTags("Catalog");
            {{maps}}

            // Planted: anonymous on purpose, but not rate limited.
            app.MapGet("/api/v1/catalog/version", () => TypedResults.Ok("1.0")).AllowAnonymous();

            app.Run();
            """;
        files.Source(Project, "Program.cs", program, endpoints: 2);
        return [new PlantedFinding("SC1001", $"{Project}/Program.cs", "Endpoint 'GET /api/v1/catalog/version' has no rate limiting")];
    }

    private static bool UsesExtensionBlock(ShopResource r) => r.Ordinal % 2 == 1;
}
