using System.Text;

namespace SpecConstitution.Benchmarks.Generation;

/// <summary>
/// Writes a realistic ASP.NET Core app: controllers with DTOs and services, minimal-API groups mapped through
/// helper extension methods (the eShop style), a mix of compliant and non-compliant endpoints. Same seed, same files.
/// </summary>
public static class AppGenerator
{
    public static void Write(GeneratorOptions options, string appDirectory)
    {
        var random = new Random(options.Seed);
        Directory.CreateDirectory(Path.Combine(appDirectory, "Controllers"));
        Directory.CreateDirectory(Path.Combine(appDirectory, "Endpoints"));
        Directory.CreateDirectory(Path.Combine(appDirectory, "Services"));

        File.WriteAllText(Path.Combine(appDirectory, "App.csproj"), Project(options.PackageVersion));
        for (int c = 0; c < options.Controllers; c++)
        {
            File.WriteAllText(Path.Combine(appDirectory, "Controllers", $"Orders{c}Controller.cs"), Controller(c, random));
            File.WriteAllText(Path.Combine(appDirectory, "Services", $"Orders{c}Service.cs"), Service($"Orders{c}"));
        }

        var program = new StringBuilder();
        program.AppendLine("using System.Threading.RateLimiting;");
        program.AppendLine("using Microsoft.AspNetCore.RateLimiting;");
        program.AppendLine("using App.Endpoints;");
        program.AppendLine();
        program.AppendLine("var builder = WebApplication.CreateBuilder(args);");
        program.AppendLine("builder.Services.AddControllers();");
        program.AppendLine("builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter(\"api\", w => { w.PermitLimit = 100; w.Window = TimeSpan.FromMinutes(1); }));");
        for (int c = 0; c < options.Controllers; c++)
        {
            program.AppendLine($"builder.Services.AddSingleton<App.Services.Orders{c}Service>();");
        }

        program.AppendLine("var app = builder.Build();");
        program.AppendLine("app.UseRateLimiter();");
        for (int g = 0; g < options.Groups; g++)
        {
            File.WriteAllText(Path.Combine(appDirectory, "Endpoints", $"Catalog{g}Endpoints.cs"), Group(g, random));
            // Most groups are rate limited where they are mapped; some are not (the non-compliant share).
            string convention = random.Next(10) < 8 ? ".RequireRateLimiting(\"api\")" : string.Empty;
            program.AppendLine($"app.MapGroup(\"/api/v1/catalog{g}\"){convention}.MapCatalog{g}Api();");
        }

        program.AppendLine("app.MapGet(\"/health\", () => \"ok\");");
        program.AppendLine("app.MapControllers();");
        program.AppendLine("app.Run();");
        File.WriteAllText(Path.Combine(appDirectory, "Program.cs"), program.ToString());
    }

    private static string Project(string? packageVersion)
    {
        string reference = packageVersion == null
            ? string.Empty
            : $"""
                <ItemGroup>
                  <PackageReference Include="SpecConstitution" Version="{packageVersion}" PrivateAssets="all" />
                </ItemGroup>
              """;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>App</RootNamespace>
              </PropertyGroup>
            {reference}
            </Project>
            """;
    }

    private static string Controller(int index, Random random)
    {
        // 60 % rate limited at controller level, 30 % per action (one action in ten forgotten), 10 % not at all.
        int style = random.Next(10);
        var code = new StringBuilder();
        code.AppendLine("using Microsoft.AspNetCore.Mvc;");
        code.AppendLine("using Microsoft.AspNetCore.RateLimiting;");
        code.AppendLine("using App.Services;");
        code.AppendLine();
        code.AppendLine("namespace App.Controllers;");
        code.AppendLine();
        code.AppendLine($"public sealed record Order{index}Dto(int Id, string Customer, decimal Total, DateTimeOffset PlacedAt);");
        code.AppendLine();
        code.AppendLine("[ApiController]");
        code.AppendLine($"[Route(\"api/v1/orders{index}\")]");
        if (style < 6)
        {
            code.AppendLine("[EnableRateLimiting(\"api\")]");
        }

        code.AppendLine($"public sealed class Orders{index}Controller(Orders{index}Service service) : ControllerBase");
        code.AppendLine("{");
        string[] verbs = { "HttpGet", "HttpGet(\"{id:int}\")", "HttpPost", "HttpPut(\"{id:int}\")", "HttpDelete(\"{id:int}\")" };
        for (int a = 0; a < GeneratorOptions.ActionsPerController; a++)
        {
            string verb = verbs[a % verbs.Length];
            string route = a < verbs.Length ? string.Empty : $"(\"v{a}/{{id:int}}\")";
            if (a >= verbs.Length)
            {
                verb = verb.Split('(')[0] + route;
            }

            bool actionLimited = style >= 6 && style < 9 && random.Next(10) != 0;
            code.AppendLine(actionLimited ? $"    [{verb}, EnableRateLimiting(\"api\")]" : $"    [{verb}]");
            code.AppendLine($"    public ActionResult<Order{index}Dto> Action{a}(int id)");
            code.AppendLine("    {");
            code.AppendLine("        if (id < 0)");
            code.AppendLine("        {");
            code.AppendLine("            return BadRequest();");
            code.AppendLine("        }");
            code.AppendLine();
            code.AppendLine($"        var order = service.Find(id);");
            code.AppendLine($"        return order is null ? NotFound() : Ok(new Order{index}Dto(order.Id, order.Customer, order.Total, order.PlacedAt));");
            code.AppendLine("    }");
            code.AppendLine();
        }

        code.AppendLine("}");
        return code.ToString();
    }

    private static string Service(string name)
    {
        return $$"""
            namespace App.Services;

            public sealed record {{name}}Record(int Id, string Customer, decimal Total, DateTimeOffset PlacedAt);

            public sealed class {{name}}Service
            {
                private readonly Dictionary<int, {{name}}Record> _items = new();

                public {{name}}Record? Find(int id) => _items.TryGetValue(id, out var item) ? item : null;

                public IReadOnlyList<{{name}}Record> Page(int skip, int take) =>
                    _items.Values.OrderBy(i => i.Id).Skip(skip).Take(take).ToArray();

                public decimal Revenue(DateTimeOffset from, DateTimeOffset to) =>
                    _items.Values.Where(i => i.PlacedAt >= from && i.PlacedAt < to).Sum(i => i.Total);

                public void Upsert({{name}}Record record) => _items[record.Id] = record;
            }
            """;
    }

    private static string Group(int index, Random random)
    {
        var code = new StringBuilder();
        code.AppendLine("namespace App.Endpoints;");
        code.AppendLine();
        code.AppendLine($"public sealed record CatalogItem{index}(int Id, string Name, decimal Price);");
        code.AppendLine();
        code.AppendLine($"public static class Catalog{index}Endpoints");
        code.AppendLine("{");
        code.AppendLine($"    public static RouteGroupBuilder MapCatalog{index}Api(this RouteGroupBuilder app)");
        code.AppendLine("    {");
        code.AppendLine("        var items = app.MapGroup(\"items\").WithTags(\"items\");");
        string[] maps = { "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch" };
        for (int e = 0; e < GeneratorOptions.EndpointsPerGroup; e++)
        {
            string map = maps[e % maps.Length];
            string receiver = e % 2 == 0 ? "app" : "items";
            string extra = random.Next(10) == 0 ? ".RequireRateLimiting(\"api\")" : string.Empty;
            code.AppendLine($"        {receiver}.{map}(\"/e{e}/{{id:int}}\", (int id) => id < 0 ? Results.BadRequest() : Results.Ok(new CatalogItem{index}(id, \"item\" + id, id * 1.5m))){extra};");
        }

        code.AppendLine("        return app;");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }
}
