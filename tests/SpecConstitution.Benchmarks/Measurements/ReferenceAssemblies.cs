using Microsoft.CodeAnalysis;

namespace SpecConstitution.Benchmarks.Measurements;

/// <summary>.NET and ASP.NET Core reference assemblies from the installed SDK's packs folder.</summary>
public static class ReferenceAssemblies
{
    public static IReadOnlyList<MetadataReference> Load()
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        return new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
            .SelectMany(pack =>
            {
                string packDir = Path.Combine(root, "packs", pack);
                string version = Directory.GetDirectories(packDir).OrderByDescending(d => d, StringComparer.Ordinal).First();
                string refDir = Directory.GetDirectories(Path.Combine(version, "ref")).OrderByDescending(d => d, StringComparer.Ordinal).First();
                return Directory.GetFiles(refDir, "*.dll");
            })
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToArray();
    }
}
