using System.Xml.Linq;

namespace SpecConstitution.Integration.Tests.Infrastructure;

/// <summary>
/// Turns template-made projects into a central package management repository, as a team adopting it does: every
/// PackageReference loses its Version and Directory.Packages.props declares it (the templates are not CPM-aware).
/// </summary>
public static class CentralPackageVersions
{
    public static TestProjectDirectory MoveVersionsToDirectoryPackagesProps(this TestProjectDirectory directory, params string[] projects)
    {
        var versions = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string project in projects)
        {
            XDocument document = XDocument.Parse(directory.Read(project));
            foreach (XElement reference in document.Descendants("PackageReference"))
            {
                XAttribute? version = reference.Attribute("Version");
                if (version != null)
                {
                    versions[(string)reference.Attribute("Include")!] = version.Value;
                    version.Remove();
                }
            }

            directory.Write(project, document.ToString());
        }

        var props = new XElement("Project",
            new XElement("PropertyGroup", new XElement("ManagePackageVersionsCentrally", "true")),
            new XElement("ItemGroup", versions.Select(v => new XElement("PackageVersion", new XAttribute("Include", v.Key), new XAttribute("Version", v.Value)))));
        return directory.Write("Directory.Packages.props", props.ToString());
    }
}
