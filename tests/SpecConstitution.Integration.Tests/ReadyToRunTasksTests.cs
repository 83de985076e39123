using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>The MSBuild tasks ship precompiled per runtime (tasks/readytorun/&lt;rid&gt;/) beside the IL in tasks/netstandard2.0/.</summary>
[Collection(PackageCollection.Name)]
public class ReadyToRunTasksTests(PackageFixture package)
{
    private static readonly string[] Runtimes = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64"];
    private static readonly string[] TaskAssemblies = ["SpecConstitution.Tasks.dll", "SpecConstitution.Core.dll", "YamlDotNet.dll"];

    [Fact]
    public void Every_runtime_folder_holds_ReadyToRun_images_of_the_same_assemblies_as_the_IL_folder()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        foreach (string assembly in TaskAssemblies)
        {
            using PEReader il = Open(zip, $"tasks/netstandard2.0/{assembly}");
            Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size); // plain IL
            Guid ilMvid = il.GetMetadataReader().GetGuid(il.GetMetadataReader().GetModuleDefinition().Mvid);

            foreach (string runtime in Runtimes)
            {
                using PEReader image = Open(zip, $"tasks/readytorun/{runtime}/{assembly}");
                Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{runtime}/{assembly} is not a ReadyToRun image");
                Assert.True(image.HasMetadata, $"{runtime}/{assembly} lost its metadata (IL fallback)");
                Guid mvid = image.GetMetadataReader().GetGuid(image.GetMetadataReader().GetModuleDefinition().Mvid);
                Assert.Equal(ilMvid, mvid); // the same module, precompiled: not a rebuild that could drift from the IL
                Assert.Equal(ExpectedMachine(runtime), MachineOf(image));
            }
        }

        // Nothing precompiled lands where NuGet would treat it as an analyzer or a library.
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.Contains("readytorun", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_runs_the_image_for_this_runtime_and_falls_back_to_IL_when_asked()
    {
        string runtime = RuntimeInformation.RuntimeIdentifier;
        if (!Runtimes.Contains(runtime))
        {
            return; // a runtime the package has no image for: the IL path is the only one, covered by every other test
        }

        TestProjectDirectory dir = package.CreateProjectDirectory("readytorun").WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", SpecKitFiles.Program);

        CommandResult precompiled = dir.Build("App/App.csproj", "-v:d");
        Assert.True(precompiled.ExitCode == 0, precompiled.Output);
        Assert.Contains($"tasks/readytorun/{runtime}/SpecConstitution.Tasks.dll", TaskAssemblyLine(precompiled));
        string[] findings = SpecFindings(precompiled);
        Assert.Contains(findings, f => f.StartsWith("warning SC2010:", StringComparison.Ordinal));

        CommandResult il = dir.Build("App/App.csproj", "-v:d", "-p:SpecConstitutionReadyToRunTasks=false", "--no-incremental");
        Assert.True(il.ExitCode == 0, il.Output);
        Assert.Contains("tasks/netstandard2.0/SpecConstitution.Tasks.dll", TaskAssemblyLine(il));
        Assert.Equal(findings, SpecFindings(il)); // the same findings, whichever image ran
    }

    /// <summary>The distinct spec-chain findings of a build, from "warning SCxxxx:" on (verbosity adds prefixes and repeats).</summary>
    private static string[] SpecFindings(CommandResult build) =>
        build.Output.Split('\n')
            .Where(l => l.Contains("SpecConstitution warning SC2", StringComparison.Ordinal))
            .Select(l => l[l.IndexOf("warning SC2", StringComparison.Ordinal)..].TrimEnd('\r'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The assembly MSBuild loaded ValidateSpecs from, with '/' separators.</summary>
    private static string TaskAssemblyLine(CommandResult build)
    {
        string line = build.Output.Split('\n').First(l => l.Contains("Using \"ValidateSpecs\" task from assembly", StringComparison.Ordinal));
        return line.Replace('\\', '/');
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

    // ReadyToRun images mark their OS by XOR-ing the machine field (Linux 0x7B79, macOS 0x4644, Windows 0).
    private static ushort MachineOf(PEReader image) => (ushort)image.PEHeaders.CoffHeader.Machine;

    private static ushort ExpectedMachine(string runtime)
    {
        string[] parts = runtime.Split('-');
        ushort machine = parts[1] == "arm64" ? (ushort)Machine.Arm64 : (ushort)Machine.Amd64;
        ushort os = parts[0] switch { "linux" => 0x7B79, "osx" => 0x4644, _ => 0 };
        return (ushort)(machine ^ os);
    }
}
