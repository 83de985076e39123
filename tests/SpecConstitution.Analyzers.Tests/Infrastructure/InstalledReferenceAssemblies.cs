using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SpecConstitution.Analyzers.Tests.Infrastructure;

/// <summary>
/// The real .NET and ASP.NET Core reference assemblies from the installed SDK's packs folder, so tests need no
/// download and compile against exactly what users compile against.
/// </summary>
internal static class InstalledReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> NetCoreAndAspNetCore = new(() =>
        Load("Microsoft.NETCore.App.Ref").AddRange(Load("Microsoft.AspNetCore.App.Ref")));

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetCoreOnly = new(() => Load("Microsoft.NETCore.App.Ref"));

    public static ImmutableArray<MetadataReference> AspNetCore => NetCoreAndAspNetCore.Value;

    public static ImmutableArray<MetadataReference> NetCore => NetCoreOnly.Value;

    /// <summary>An empty set for the testing library: the references above are added explicitly.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    private static ImmutableArray<MetadataReference> Load(string pack)
    {
        string dotnetRoot = FindDotnetRoot();
        string packDir = Path.Combine(dotnetRoot, "packs", pack);
        string version = Directory.GetDirectories(packDir)
            .Select(Path.GetFileName)
            .OrderByDescending(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .First()!;
        string refDir = Directory.GetDirectories(Path.Combine(packDir, version, "ref")).OrderByDescending(d => d, StringComparer.Ordinal).First();
        return Directory.GetFiles(refDir, "*.dll")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToImmutableArray();
    }

    private static string FindDotnetRoot()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string root = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        if (Directory.Exists(Path.Combine(root, "packs")))
        {
            return root;
        }

        string? fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (fromEnvironment != null && Directory.Exists(Path.Combine(fromEnvironment, "packs")))
        {
            return fromEnvironment;
        }

        throw new InvalidOperationException($"No 'packs' folder beside the runtime at {root}; set DOTNET_ROOT to the SDK's root.");
    }
}
