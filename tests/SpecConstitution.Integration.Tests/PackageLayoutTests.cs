using System.IO.Compression;
using System.Xml.Linq;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

[Collection(PackageCollection.Name)]
public class PackageLayoutTests(PackageFixture package)
{
    [Fact]
    public void Package_ships_analyzers_tasks_and_build_files_with_their_dependencies()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("analyzers/dotnet/cs/SpecConstitution.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SpecConstitution.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SpecConstitution.Core.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("tasks/netstandard2.0/SpecConstitution.Tasks.dll", entries);
        Assert.Contains("tasks/netstandard2.0/SpecConstitution.Core.dll", entries);
        Assert.Contains("tasks/netstandard2.0/YamlDotNet.dll", entries);
        // Not ref/: `dotnet add package` excludes compile assets for a development dependency; build/ references it.
        Assert.Contains("annotations/netstandard2.0/SpecConstitution.Annotations.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Contains("build/SpecConstitution.Annotations.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal)); // compile-time only: nothing to copy to bin
        foreach (string folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/SpecConstitution.props", entries);
            Assert.Contains($"{folder}/SpecConstitution.targets", entries);
        }

        // No lib/: nothing of ours lands in the user's compile references or output.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        // Roslyn itself is the host's, never ours to ship.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_is_a_development_dependency_without_dependencies()
    {
        (XElement metadata, XNamespace ns) = NuspecMetadata();

        Assert.Equal("SpecConstitution", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
    }

    [Fact]
    public void Package_names_its_project_repository_and_commit()
    {
        (XElement metadata, XNamespace ns) = NuspecMetadata();

        Assert.Equal(Repository, metadata.Element(ns + "projectUrl")?.Value);
        XElement repository = metadata.Element(ns + "repository")!;
        Assert.Equal(Repository, (string?)repository.Attribute("url"));
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? "");
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
    }

    [Fact]
    public void Packed_readme_is_the_repository_readme_with_every_link_absolute_at_this_version()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        string packed = reader.ReadToEnd();
        string repositoryReadme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        string[] targets = LinkTarget.Matches(packed).Select(m => m.Groups[1].Value).ToArray();
        Assert.Contains(targets, t => t.StartsWith(Repository + "/blob/", StringComparison.Ordinal)); // the README does link its docs
        Assert.All(targets, t => Assert.Matches("^(https?://|#)", t));
        // The fixture packs a prerelease, whose docs are main's; a stable pack links its tag (Directory.Build.targets).
        Assert.All(targets.Where(t => t.StartsWith(Repository + "/", StringComparison.Ordinal)), t => Assert.Matches("^" + Repository + "/(blob|tree)/main/", t));
        Assert.Equal(LinkTarget.Replace(repositoryReadme, "]()").TrimEnd(), LinkTarget.Replace(packed, "]()").TrimEnd());
    }

    private const string Repository = "https://github.com/spec-constitution/SpecConstitution";

    private static readonly System.Text.RegularExpressions.Regex LinkTarget = new(@"\]\(([^)\s]*)\)");

    private (XElement Metadata, XNamespace Ns) NuspecMetadata()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        ZipArchiveEntry nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspecEntry.Open();
        XDocument nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        return (nuspec.Root.Element(ns + "metadata")!, ns);
    }
}
