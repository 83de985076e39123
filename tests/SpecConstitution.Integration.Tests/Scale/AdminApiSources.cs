namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// Shop.Admin.Api: minimal APIs and controllers in one app, with #if SHOP_EXTENDED variants (built a second time with
/// the extra define), and the planted banned-API, route and unknown-requirement findings.
/// </summary>
public static class AdminApiSources
{
    public const string Project = "Shop.Admin.Api";

    public static IReadOnlyList<PlantedFinding> Write(ShopSolutionFiles files)
    {
        int half = ShopResources.Admin.Count / 2;
        foreach (ShopResource r in ShopResources.Admin.Take(half))
        {
            files.Source(Project, $"Handlers/{r.Name}Handlers.cs", MinimalApiSources.Handlers(r, $"{Project}.Handlers", "/api/v1/admin"));
            string export = $"#if SHOP_EXTENDED\n        group.MapGet(\"/export\", {r.Name}Handlers.List);\n#endif";
            files.Source(Project, $"Routes/{r.Name}Routes.cs",
                MinimalApiSources.Routes(r, $"{Project}.Routes", $"{Project}.Handlers", MinimalApiSources.HelperStyle.ExtensionMethod, export),
                endpoints: MinimalApiSources.EndpointsPerResource, extendedOnlyEndpoints: 1);
        }

        files.Source(Project, "Controllers/ControllerLog.cs", ControllerSources.ControllerLog(Project));
        foreach (ShopResource r in ShopResources.Admin.Skip(half))
        {
            ControllerSources.Write(files, Project, r, "api/v1/admin/[controller]", "[Authorize(Policy = AuthorizationPolicies.Admin)]", extendedExport: true);
        }

        files.Source(Project, "Legacy/LegacyClock.cs", """
            namespace Shop.Admin.Api.Legacy;

            internal static class LegacyClock
            {
                // Planted: the wall clock the constitution bans.
                public static string Stamp() => DateTime.Now.ToString("O");
            }
            """);
        files.Source(Project, "Legacy/LegacyReport.cs", """
            using SpecConstitution;

            namespace Shop.Admin.Api.Legacy;

            // Planted: cites a requirement the spec does not have.
            [Requirement("003-admin/FR-099")]
            internal sealed class LegacyReport
            {
                public string Title => "Legacy";
            }
            """);

        string maps = string.Join("\n", ShopResources.Admin.Take(half).Select(r => $"admin.Map{r.Plural}();"));
        string program = WebHostSources.Bootstrap(["Admin"], controllers: true, [$"{Project}.Routes", $"{Project}.Legacy"]) + $$"""


            RouteGroupBuilder admin = app.MapGroup("/api/v1/admin")
                .RequireRateLimiting(RatePolicies.PerApiKey)
                .RequireAuthorization(AuthorizationPolicies.Admin);
            {{maps}}
            app.MapControllers();

            // Planted: rate limited and authorized, but outside the versioned API.
            app.MapGet("/internal/metrics", () => TypedResults.Ok(LegacyClock.Stamp()))
                .RequireRateLimiting(RatePolicies.PerApiKey)
                .RequireAuthorization(AuthorizationPolicies.Admin);

            #if SHOP_EXTENDED
            // Planted, extended edition only: not rate limited.
            app.MapGet("/api/v1/admin/diagnostics", () => TypedResults.Ok(new LegacyReport().Title))
                .RequireAuthorization(AuthorizationPolicies.Admin);
            #endif

            app.Run();
            """;
        files.Source(Project, "Program.cs", program, endpoints: 2, extendedOnlyEndpoints: 1);
        return
        [
            new PlantedFinding("SC1004", $"{Project}/Program.cs", "Endpoint 'GET /internal/metrics' has route '/internal/metrics'"),
            new PlantedFinding("SC1010", $"{Project}/Legacy/LegacyClock.cs", "is banned by rule 'testable-time'"),
            new PlantedFinding("SC1030", $"{Project}/Legacy/LegacyReport.cs", "Requirement '003-admin/FR-099' does not exist in the specs"),
            new PlantedFinding("SC1001", $"{Project}/Program.cs", "Endpoint 'GET /api/v1/admin/diagnostics' has no rate limiting", ExtendedOnly: true),
        ];
    }
}
