namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>The generated shop's project files: class libraries and web apps, each referencing SpecConstitution as a user adds it.</summary>
public static class ShopProjectFiles
{
    /// <summary>
    /// Shared settings, as real solutions keep them. Generated files are written to obj/ so the test can prove each
    /// source generator really ran (and the SDK's generator set is the one users get).
    /// </summary>
    public const string DirectoryBuildProps = """
        <Project>
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
          </PropertyGroup>
        </Project>
        """;

    public static string Library(string packageVersion, IEnumerable<string> references, bool aspNetCore = false, string extraProperties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            {extraProperties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SpecConstitution" Version="{packageVersion}" PrivateAssets="all" />
            {(aspNetCore ? "<FrameworkReference Include=\"Microsoft.AspNetCore.App\" />" : string.Empty)}
            {ProjectReferences(references)}
          </ItemGroup>
        </Project>
        """;

    public static string Web(string packageVersion, IEnumerable<string> references, string extraProperties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            {extraProperties}
          </PropertyGroup>
          <!-- The #if variant: -p:ShopEdition=Extended compiles the extended edition's extra endpoints. -->
          <PropertyGroup Condition="'$(ShopEdition)' == 'Extended'">
            <DefineConstants>$(DefineConstants);SHOP_EXTENDED</DefineConstants>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SpecConstitution" Version="{packageVersion}" PrivateAssets="all" />
            {ProjectReferences(references)}
          </ItemGroup>
        </Project>
        """;

    private static string ProjectReferences(IEnumerable<string> references) =>
        string.Join("\n    ", references.Select(r => $"<ProjectReference Include=\"../{r}/{r}.csproj\" />"));
}
