namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>Shop.Contracts: DTO records, mapping, policy names, and System.Text.Json [JsonSerializable] contexts per area.</summary>
public static class ContractsSources
{
    public const string Project = "Shop.Contracts";

    public static void Write(ShopSolutionFiles files)
    {
        files.Source(Project, "RatePolicies.cs", """
            namespace Shop.Contracts;

            /// <summary>Rate limiting policy names, shared by every app (the apps register them).</summary>
            public static class RatePolicies
            {
                public const string PerApiKey = "per-api-key";
                public const string Bulk = "bulk";
            }
            """);
        files.Source(Project, "AuthorizationPolicies.cs", """
            namespace Shop.Contracts;

            public static class AuthorizationPolicies
            {
                public const string Writer = "writer";
                public const string Admin = "admin";
            }
            """);
        foreach (IReadOnlyList<ShopResource> area in ShopResources.Areas)
        {
            string name = area[0].Area;
            string serializable = string.Join("\n", area.SelectMany(r => new[]
            {
                $"[JsonSerializable(typeof({r.Name}Dto))]",
                $"[JsonSerializable(typeof(List<{r.Name}Dto>))]",
                $"[JsonSerializable(typeof(Create{r.Name}Request))]",
                $"[JsonSerializable(typeof(Update{r.Name}Request))]",
            }));
            files.Source(Project, $"Json/{name}JsonContext.cs", $$"""
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using Shop.Contracts.{{name}};

                namespace Shop.Contracts.Json;

                /// <summary>Source-generated JSON metadata for the {{name}} area (no reflection at run time).</summary>
                [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
                {{serializable}}
                public partial class {{name}}JsonContext : JsonSerializerContext;
                """);
        }

        foreach (ShopResource r in ShopResources.All)
        {
            files.Source(Project, $"{r.Area}/{r.Name}Contracts.cs", $$"""
                using Shop.Domain.{{r.Area}};

                namespace Shop.Contracts.{{r.Area}};

                public sealed record {{r.Name}}Dto(int Id, string Name, string Sku, decimal Price, int Revision);

                public sealed record Create{{r.Name}}Request(string Name, string Sku, decimal Price);

                public sealed record Update{{r.Name}}Request(string Name, decimal Price);

                public static class {{r.Name}}Mapping
                {
                    public static {{r.Name}}Dto ToDto(this {{r.Name}} item) => new(item.Id, item.Name, item.Sku, item.Price, item.Revision);
                }
                """);
        }
    }
}
