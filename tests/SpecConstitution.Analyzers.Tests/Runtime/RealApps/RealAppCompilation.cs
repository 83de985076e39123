using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecConstitution.Analyzers.Tests.Runtime.RealApps;

/// <summary>
/// The compilation a shared app's own build compiles: the app is copied to a temporary folder (the shared copy is
/// read-only), built once with its README's recipe, and MSBuild is asked for the Compile items and resolved references
/// the compiler got. The build's answer is kept beside the copy, so later runs only parse and bind. The Razor source
/// generator's output (the classes of the app's .cshtml pages) is written to disk by that build and added, as the
/// compiler sees it; other generators' output is not needed by the endpoint analysis.
/// </summary>
internal static class RealAppCompilation
{
    private static readonly string CacheRoot = Path.Combine(Path.GetTempPath(), "specconstitution-aspnet-apps");

    public static CSharpCompilation Create(SharedAspNetApp app)
    {
        string copy = Path.Combine(CacheRoot, app.Name);
        // v2: the build also writes the Razor generator's output (an answer from an earlier harness lacks it).
        string answer = Path.Combine(CacheRoot, app.Name + ".compile.v2.json");
        if (!File.Exists(answer))
        {
            Build(app, copy, answer);
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(answer));
        JsonElement properties = json.RootElement.GetProperty("Properties");
        JsonElement items = json.RootElement.GetProperty("Items");

        LanguageVersion language = LanguageVersion.Latest;
        if (properties.TryGetProperty("LangVersion", out JsonElement langVersion))
        {
            LanguageVersionFacts.TryParse(langVersion.GetString(), out language);
        }

        string[] defines = (properties.TryGetProperty("DefineConstants", out JsonElement d) ? d.GetString() ?? string.Empty : string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parse = new CSharpParseOptions(language, preprocessorSymbols: defines);
        SyntaxTree[] trees = items.GetProperty("Compile").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .Concat(RazorGeneratedFiles(copy, app, properties))
            .Where(File.Exists)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path))
            .ToArray();
        MetadataReference[] references = items.GetProperty("ReferencePathWithRefAssemblies").EnumerateArray()
            .Select(item => (MetadataReference)MetadataReference.CreateFromFile(item.GetProperty("FullPath").GetString()!))
            .ToArray();

        bool nullable = properties.TryGetProperty("Nullable", out JsonElement n) && string.Equals(n.GetString(), "enable", StringComparison.OrdinalIgnoreCase);
        bool exe = properties.TryGetProperty("OutputType", out JsonElement o) && string.Equals(o.GetString(), "Exe", StringComparison.OrdinalIgnoreCase);
        var options = new CSharpCompilationOptions(
            exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable);
        return CSharpCompilation.Create(Path.GetFileNameWithoutExtension(app.Project), trees, references, options);
    }

    private static IEnumerable<string> RazorGeneratedFiles(string copy, SharedAspNetApp app, JsonElement properties)
    {
        string? output = properties.TryGetProperty("CompilerGeneratedFilesOutputPath", out JsonElement o) ? o.GetString() : null;
        if (string.IsNullOrEmpty(output))
        {
            return Array.Empty<string>();
        }

        // MSBuild spells the default with a backslash ("obj\Debug/net10.0//generated") on every OS.
        output = output.Replace('\\', Path.DirectorySeparatorChar);
        string razor = Path.Combine(Path.GetDirectoryName(Path.Combine(copy, app.Project))!, output, "Microsoft.CodeAnalysis.Razor.Compiler");
        return Directory.Exists(razor) ? Directory.GetFiles(razor, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal) : Array.Empty<string>();
    }

    private static void Build(SharedAspNetApp app, string copy, string answer)
    {
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        CopyDirectory(app.Folder, copy);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = copy,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[]
                 {
                     "msbuild", app.Project, "-restore", "-t:Build", "-m:1", "-nologo",
                     "-p:TreatWarningsAsErrors=false", "-p:NuGetAudit=false", "-p:EmitCompilerGeneratedFiles=true",
                     "-getItem:Compile", "-getItem:ReferencePathWithRefAssemblies",
                     "-getProperty:DefineConstants", "-getProperty:LangVersion", "-getProperty:Nullable", "-getProperty:OutputType", "-getProperty:CompilerGeneratedFilesOutputPath",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // MSBuild's own switches set by the test host would change the app's build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"building {app.Name} took more than 10 minutes");
        }

        string output = stdout.Result;
        if (process.ExitCode != 0 || !output.TrimStart().StartsWith('{'))
        {
            throw new InvalidOperationException($"building {app.Name} failed ({process.ExitCode}):{Environment.NewLine}{output}{stderr.Result}");
        }

        File.WriteAllText(answer, output);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            string target = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, target);
            File.SetAttributes(target, FileAttributes.Normal);
        }

        foreach (string directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
