using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// The tasks and analyzers ship precompiled per runtime (readytorun/&lt;rid&gt;/) beside the IL in tasks/netstandard2.0/
/// and analyzers/dotnet/cs/; dotnet build on a packed runtime uses them.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReadyToRunTests(PackageFixture package)
{
    private static readonly string[] Runtimes = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64"];

    /// <summary>(IL folder, assemblies precompiled from it, assemblies copied as IL).</summary>
    private static readonly (string IL, string[] Precompiled, string[] Copied)[] Folders =
    [
        ("tasks/netstandard2.0", ["SpecConstitution.Tasks.dll", "SpecConstitution.Core.dll", "YamlDotNet.dll"], []),
        ("analyzers/dotnet/cs", ["SpecConstitution.Analyzers.dll", "SpecConstitution.Core.dll", "YamlDotNet.dll"], ["SpecConstitution.CodeFixes.dll"]),
    ];

    [Fact]
    public void Every_runtime_folder_holds_ReadyToRun_images_of_the_same_modules_as_the_IL_folders()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        foreach ((string ilFolder, string[] precompiled, string[] copied) in Folders)
        {
            foreach (string assembly in precompiled.Concat(copied))
            {
                using PEReader il = Open(zip, $"{ilFolder}/{assembly}");
                Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size); // plain IL
                Guid ilMvid = Mvid(il);

                foreach (string runtime in Runtimes)
                {
                    string entry = $"readytorun/{runtime}/{assembly}";
                    using PEReader image = Open(zip, entry);
                    Assert.Equal(ilMvid, Mvid(image)); // the same module: not a rebuild that could drift from the IL
                    if (copied.Contains(assembly))
                    {
                        Assert.Equal(0, image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
                        continue;
                    }

                    Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{entry} is not a ReadyToRun image");
                    Assert.Equal(ExpectedMachine(runtime), (ushort)image.PEHeaders.CoffHeader.Machine);
                }
            }
        }

        // NuGet reads analyzers/ by convention: nothing precompiled may land there, or the compiler would load it twice.
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.Contains("readytorun", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_uses_the_images_for_this_runtime_and_the_IL_when_asked_with_the_same_findings()
    {
        string runtime = RuntimeInformation.RuntimeIdentifier;
        if (!Runtimes.Contains(runtime))
        {
            return; // no image for this runtime: the IL path is the only one, and every other test covers it
        }

        TestProjectDirectory dir = package.CreateProjectDirectory("precompiled").WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", SpecKitFiles.Program);

        CommandResult precompiled = dir.Build("App/App.csproj", "-v:d");
        Assert.True(precompiled.ExitCode == 0, precompiled.Output);
        Assert.Contains($"readytorun/{runtime}/SpecConstitution.Tasks.dll", TaskAssembly(precompiled));
        Assert.Contains($"readytorun/{runtime}/SpecConstitution.Analyzers.dll", CompilerCommandLine(precompiled));
        Assert.DoesNotContain("analyzers/dotnet/cs/SpecConstitution", CompilerCommandLine(precompiled));
        string[] findings = Findings(precompiled);
        Assert.Contains(findings, f => f.StartsWith("warning SC1001:", StringComparison.Ordinal)); // an analyzer finding
        Assert.Contains(findings, f => f.StartsWith("warning SC2010:", StringComparison.Ordinal)); // a task finding

        CommandResult il = dir.Build("App/App.csproj", "-v:d", "-p:SpecConstitutionReadyToRun=false", "--no-incremental");
        Assert.True(il.ExitCode == 0, il.Output);
        Assert.Contains("tasks/netstandard2.0/SpecConstitution.Tasks.dll", TaskAssembly(il));
        Assert.Contains("analyzers/dotnet/cs/SpecConstitution.Analyzers.dll", CompilerCommandLine(il));
        Assert.DoesNotContain("/readytorun/", CompilerCommandLine(il));
        Assert.Equal(findings, Findings(il)); // the same findings, whichever images ran
    }

    /// <summary>The distinct SpecConstitution findings of a build, from "warning SCxxxx:" on (verbosity adds prefixes and repeats).</summary>
    private static string[] Findings(CommandResult build) =>
        Lines(build)
            .Where(l => l.Contains(" warning SC", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(" warning SC", StringComparison.Ordinal) + 1)..])
            .Select(l => l.Contains(" [", StringComparison.Ordinal) ? l[..l.LastIndexOf(" [", StringComparison.Ordinal)] : l)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The assembly MSBuild loaded ValidateSpecs from.</summary>
    private static string TaskAssembly(CommandResult build) =>
        Lines(build).First(l => l.Contains("Using \"ValidateSpecs\" task from assembly", StringComparison.Ordinal));

    /// <summary>The csc command line the Csc task ran.</summary>
    private static string CompilerCommandLine(CommandResult build) =>
        Lines(build).First(l => l.Contains("/noconfig", StringComparison.Ordinal) && l.Contains("/analyzer:", StringComparison.Ordinal));

    private static IEnumerable<string> Lines(CommandResult build) => build.Output.Replace('\\', '/').Split('\n').Select(l => l.TrimEnd('\r'));

    private static Guid Mvid(PEReader reader)
    {
        MetadataReader metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static PEReader Open(ZipArchive zip, string entry)
    {
        ZipArchiveEntry found = zip.GetEntry(entry) ?? throw new Xunit.Sdk.XunitException($"{entry} is missing from the package");
        using Stream stream = found.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return new PEReader(copy);
    }

    // ReadyToRun images mark their OS by XOR-ing the COFF machine field (Linux 0x7B79, macOS 0x4644, Windows 0).
    private static ushort ExpectedMachine(string runtime)
    {
        string[] parts = runtime.Split('-');
        ushort machine = parts[1] == "arm64" ? (ushort)Machine.Arm64 : (ushort)Machine.Amd64;
        ushort os = parts[0] switch { "linux" => 0x7B79, "osx" => 0x4644, _ => 0 };
        return (ushort)(machine ^ os);
    }
}
