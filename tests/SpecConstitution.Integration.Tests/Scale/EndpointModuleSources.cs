namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// Shop.Endpoints, a class library of endpoint modules that an app maps with one call each. A module cannot see its
/// caller, so it applies its own versioned prefix, rate limiting and authorization.
/// </summary>
public static class EndpointModuleSources
{
    public const string Project = "Shop.Endpoints";

    public static IReadOnlyList<PlantedFinding> Write(ShopSolutionFiles files)
    {
        string plantedFile = $"{Project}/Modules/Inventory/WarehouseModule.cs";
        foreach (ShopResource r in ShopResources.Inventory)
        {
            string ns = $"Shop.Endpoints.Modules.{r.Area}";
            files.Source(Project, $"Modules/{r.Area}/{r.Name}Handlers.cs", MinimalApiSources.Handlers(r, ns, "/api/v1/inventory"));
            bool planted = r == ShopResources.Inventory[0];
            // Planted layering violation: a module endpoint that takes the concrete in-memory store, not the domain interface.
            string capacity = planted
                ? "\n        group.MapGet(\"/capacity\", (Shop.Infrastructure.Persistence.Inventory.InMemoryWarehouseRepository store) => TypedResults.Ok(store.All().Count));"
                : string.Empty;
            files.Source(Project, $"Modules/{r.Area}/{r.Name}Module.cs", $$"""
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Http;
                using Microsoft.AspNetCore.Routing;
                using Shop.Contracts;

                namespace {{ns}};

                public static class {{r.Name}}Module
                {
                    public static RouteGroupBuilder Map{{r.Name}}Module(this IEndpointRouteBuilder routes)
                    {
                        RouteGroupBuilder group = routes.MapGroup("/api/v1")
                            .MapGroup("/inventory")
                            .MapGroup("/{{r.Segment}}")
                            .WithTags("{{r.Plural}}")
                            .RequireRateLimiting(RatePolicies.PerApiKey)
                            .RequireAuthorization();
                        MapReads(group);
                        group.MapPost("/", {{r.Name}}Handlers.Create).RequireAuthorization(AuthorizationPolicies.Writer);
                        group.MapPut("/{id:int}", {{r.Name}}Handlers.Update).RequireAuthorization(AuthorizationPolicies.Writer);
                        group.MapDelete("/{id:int}", {{r.Name}}Handlers.Delete).RequireAuthorization(AuthorizationPolicies.Writer);{{capacity}}
                        return group;
                    }

                    private static void MapReads(IEndpointRouteBuilder reads)
                    {
                        reads.MapGet("/", {{r.Name}}Handlers.List);
                        reads.MapGet("/{id:int}", {{r.Name}}Handlers.Get);
                        reads.MapGet("/search", {{r.Name}}Handlers.Search);
                    }
                }
                """, endpoints: MinimalApiSources.EndpointsPerResource + (planted ? 1 : 0));
        }

        return [new PlantedFinding("SC1020", plantedFile, "'Shop.Infrastructure.Persistence.Inventory.InMemoryWarehouseRepository'")];
    }
}
