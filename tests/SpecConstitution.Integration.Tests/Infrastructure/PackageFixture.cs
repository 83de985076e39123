namespace SpecConstitution.Integration.Tests.Infrastructure;

/// <summary>
/// Packs the real SpecConstitution.nupkg once per test run, with a version no earlier run used (so NuGet's
/// global cache never serves a stale copy), into a private feed that generated projects restore from.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "specconstitution-it-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        Directory.CreateDirectory(FeedDirectory);
        Version = "0.1.0-it." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

        CommandResult pack = DotnetCli.Run(RepositoryPaths.Root,
        [
            "pack", RepositoryPaths.PackagingProject, "-c", "Release", "-nologo",
            "-p:Version=" + Version, "-p:PackageOutputPath=" + FeedDirectory + Path.DirectorySeparatorChar,
        ]);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        PackagePath = Path.Combine(FeedDirectory, $"SpecConstitution.{Version}.nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack produced no {PackagePath}:\n{pack.Output}");
        }

        _cliPackageReference = new Lazy<string>(() => CliPackageReferences.Capture(this));
    }

    /// <summary>A temp folder for this run; every generated project lives under it.</summary>
    public string WorkRoot { get; }

    public string FeedDirectory { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>
    /// The PackageReference element exactly as `dotnet add package` writes it for this package (a development
    /// dependency: PrivateAssets all, IncludeAssets without compile), taken once from the real command so that every
    /// generated project can carry it without paying for one more restore.
    /// </summary>
    public string PackageReferenceAsTheCliWritesIt => _cliPackageReference.Value;

    private readonly Lazy<string> _cliPackageReference;

    /// <summary>A fresh empty folder for one test's project(s), with a NuGet.config that adds the private feed.</summary>
    public TestProjectDirectory CreateProjectDirectory(string name) => new(this, Path.Combine(WorkRoot, name + "-" + Guid.NewGuid().ToString("N")[..8]));

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkRoot, recursive: true);
        }
        catch (IOException)
        {
            // A compiler server may still hold a file for a moment; the OS cleans temp.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed SpecConstitution";
}
