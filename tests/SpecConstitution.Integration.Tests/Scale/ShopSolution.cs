using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// A realistic ASP.NET Core solution, generated deterministically: 4 class libraries and 4 web apps sharing one
/// Spec-Kit tree, every project referencing the packed SpecConstitution package.
/// </summary>
public sealed class ShopSolution
{
    public const string SolutionFile = "Shop.sln";

    private ShopSolution(ShopSolutionFiles files, IReadOnlyList<PlantedFinding> planted)
    {
        Files = files;
        Planted = planted;
    }

    public ShopSolutionFiles Files { get; }

    public IReadOnlyList<PlantedFinding> Planted { get; }

    public static ShopSolution Write(TestProjectDirectory directory)
    {
        var files = new ShopSolutionFiles(directory);
        string version = directory.PackageVersion;
        directory.Write("Directory.Build.props", ShopProjectFiles.DirectoryBuildProps);
        ShopSpecKitTree.Write(directory);

        files.Project(DomainSources.Project, ShopProjectFiles.Library(version, [], extraProperties: "<LangVersion>preview</LangVersion>"));
        files.Project(ContractsSources.Project, ShopProjectFiles.Library(version, [DomainSources.Project]));
        files.Project(InfrastructureSources.Project, ShopProjectFiles.Library(version, [DomainSources.Project], aspNetCore: true,
            extraProperties: "<EnableConfigurationBindingGenerator>true</EnableConfigurationBindingGenerator>"));
        files.Project(EndpointModuleSources.Project, ShopProjectFiles.Library(version,
            [DomainSources.Project, ContractsSources.Project, InfrastructureSources.Project], aspNetCore: true));
        string[] appReferences = [ContractsSources.Project, InfrastructureSources.Project];
        files.Project(CatalogApiSources.Project, ShopProjectFiles.Web(version, appReferences,
            "<LangVersion>preview</LangVersion>\n    <EnableRequestDelegateGenerator>true</EnableRequestDelegateGenerator>"));
        files.Project(OrdersApiSources.Project, ShopProjectFiles.Web(version, appReferences));
        files.Project(AdminApiSources.Project, ShopProjectFiles.Web(version, appReferences));
        files.Project(GatewaySources.Project, ShopProjectFiles.Web(version, [EndpointModuleSources.Project, .. appReferences],
            "<EnableRequestDelegateGenerator>true</EnableRequestDelegateGenerator>\n    <EnableConfigurationBindingGenerator>true</EnableConfigurationBindingGenerator>"));

        DomainSources.Write(files);
        ContractsSources.Write(files);
        InfrastructureSources.Write(files);
        var planted = new List<PlantedFinding>();
        planted.AddRange(EndpointModuleSources.Write(files));
        planted.AddRange(CatalogApiSources.Write(files));
        OrdersApiSources.Write(files);
        planted.AddRange(AdminApiSources.Write(files));
        planted.AddRange(GatewaySources.Write(files));
        return new ShopSolution(files, planted);
    }
}
