namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>Minimal-API handlers and route helper methods for one resource: six endpoints, reads mapped by a helper that receives a group.</summary>
public static class MinimalApiSources
{
    public const int EndpointsPerResource = 6;

    /// <summary>How a route helper is declared: a classic extension method, or a C# 14 extension block.</summary>
    public enum HelperStyle
    {
        ExtensionMethod,
        ExtensionBlock,
    }

    /// <summary>Typed-result handlers (what the Request Delegate Generator sees) in <paramref name="ns"/>.</summary>
    public static string Handlers(ShopResource r, string ns, string locationPrefix) => $$"""
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.HttpResults;
        using Shop.Contracts.{{r.Area}};
        using Shop.Domain.{{r.Area}};
        using Shop.Domain.Validation;
        using SpecConstitution;

        namespace {{ns}};

        [Requirement("{{r.Requirement}}")]
        internal static class {{r.Name}}Handlers
        {
            public static Ok<List<{{r.Name}}Dto>> List(I{{r.Name}}Repository repository) =>
                TypedResults.Ok(repository.All().Select(item => item.ToDto()).ToList());

            public static Results<Ok<{{r.Name}}Dto>, NotFound> Get(int id, I{{r.Name}}Repository repository) =>
                repository.Find(id) is { } item ? TypedResults.Ok(item.ToDto()) : TypedResults.NotFound();

            public static Ok<List<{{r.Name}}Dto>> Search(string? name, int? take, I{{r.Name}}Repository repository) =>
                TypedResults.Ok(repository.All()
                    .Where(item => name is null || item.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                    .Take(take ?? 50)
                    .Select(item => item.ToDto())
                    .ToList());

            public static Results<Created<{{r.Name}}Dto>, ValidationProblem> Create(Create{{r.Name}}Request request, I{{r.Name}}Repository repository)
            {
                if (!SkuFormat.IsValid(request.Sku))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sku"] = ["Expected a SKU such as {{r.SkuPrefix}}-0001."] });
                }

                {{r.Name}} item = repository.Add(request.Name, request.Sku, request.Price);
                return TypedResults.Created($"{{locationPrefix}}/{{r.Segment}}/{item.Id}", item.ToDto());
            }

            public static Results<NoContent, NotFound> Update(int id, Update{{r.Name}}Request request, I{{r.Name}}Repository repository)
            {
                if (repository.Find(id) is not { } item)
                {
                    return TypedResults.NotFound();
                }

                item.Rename(request.Name, request.Price);
                return TypedResults.NoContent();
            }

            public static Results<NoContent, NotFound> Delete(int id, I{{r.Name}}Repository repository) =>
                repository.Remove(id) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        """;

    /// <summary>
    /// A route helper: <c>Map{Plural}()</c> on the caller's builder, a nested group for writes, and a private helper
    /// that maps the reads on whatever group it is given. <paramref name="extendedOnly"/> lines compile under SHOP_EXTENDED only.
    /// </summary>
    public static string Routes(ShopResource r, string ns, string handlersNs, HelperStyle style, string extendedOnly = "")
    {
        string body = $$"""
                    RouteGroupBuilder group = routes.MapGroup("/{{r.Segment}}").WithTags("{{r.Plural}}");
                    MapReads(group);
                    RouteGroupBuilder writes = group.MapGroup("").RequireAuthorization(AuthorizationPolicies.Writer);
                    writes.MapPost("/", {{r.Name}}Handlers.Create).WithName("Create{{r.Name}}");
                    writes.MapPut("/{id:int}", {{r.Name}}Handlers.Update);
                    writes.MapDelete("/{id:int}", {{r.Name}}Handlers.Delete).RequireRateLimiting(RatePolicies.Bulk);
            {{extendedOnly}}
                    return group;
            """;
        string helper = style == HelperStyle.ExtensionMethod
            ? $$"""
                public static RouteGroupBuilder Map{{r.Plural}}(this IEndpointRouteBuilder routes)
                {
            {{body}}
                }
            """
            : $$"""
                // C# 14 extension block: routes.Map{{r.Plural}}() without a 'this' parameter.
                extension(IEndpointRouteBuilder routes)
                {
                    public RouteGroupBuilder Map{{r.Plural}}()
                    {
            {{body.Replace("\n", "\n    ")}}
                    }
                }
            """;
        return $$"""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            using Shop.Contracts;
            using {{handlersNs}};

            namespace {{ns}};

            internal static class {{r.Name}}Routes
            {
            {{helper}}

                // The group's prefix and conventions come from the caller.
                private static void MapReads(IEndpointRouteBuilder reads)
                {
                    reads.MapGet("/", {{r.Name}}Handlers.List).WithName("List{{r.Plural}}");
                    reads.MapGet("/{id:int}", {{r.Name}}Handlers.Get).WithName("Get{{r.Name}}");
                    reads.MapGet("/search", {{r.Name}}Handlers.Search);
                }
            }
            """;
    }
}
