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
        Assert.Contains("ref/netstandard2.0/SpecConstitution.Annotations.dll", entries);
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
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        ZipArchiveEntry nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspecEntry.Open();
        XDocument nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("SpecConstitution", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
    }
}
