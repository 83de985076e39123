using System.Xml.Linq;

namespace SpecConstitution.Integration.Tests.Infrastructure;

/// <summary>Asks the real `dotnet add package` what it writes for the packed package.</summary>
internal static class CliPackageReferences
{
    public static string Capture(PackageFixture package)
    {
        TestProjectDirectory scratch = package.CreateProjectDirectory("cli-shape")
            .Write("Scratch/Scratch.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                </Project>
                """)
            .AddPackage("Scratch/Scratch.csproj");

        XElement reference = XDocument.Parse(scratch.Read("Scratch/Scratch.csproj"))
            .Descendants("PackageReference")
            .Single(r => (string?)r.Attribute("Include") == "SpecConstitution");
        return reference.ToString(SaveOptions.DisableFormatting);
    }
}
