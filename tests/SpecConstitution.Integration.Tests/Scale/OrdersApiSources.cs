namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>Shop.Orders.Api: API controllers split over partial files, mapped with MapControllers.</summary>
public static class OrdersApiSources
{
    public const string Project = "Shop.Orders.Api";

    public static void Write(ShopSolutionFiles files)
    {
        files.Source(Project, "Controllers/ControllerLog.cs", ControllerSources.ControllerLog(Project));
        foreach (ShopResource r in ShopResources.Orders)
        {
            ControllerSources.Write(files, Project, r, "api/v1/[controller]", "[Authorize]", extendedExport: false);
        }

        string program = WebHostSources.Bootstrap(["Orders"], controllers: true, []) + """


            app.MapControllers();

            app.Run();
            """;
        files.Source(Project, "Program.cs", program, endpoints: 1);
    }
}
