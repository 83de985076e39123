using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SpecConstitution.Integration.Tests.Infrastructure;

/// <summary>What a built assembly depends on, read from its metadata.</summary>
public static class BuiltAssembly
{
    public static IReadOnlyList<string> References(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToArray();
    }
}
