namespace SpecConstitution.Benchmarks.Generation;

/// <summary>Generates one benchmark repository: the Spec-Kit tree at the root and the app in App/.</summary>
public static class BenchmarkTree
{
    public static string AppProject(string root) => Path.Combine(root, "App", "App.csproj");

    public static void Write(GeneratorOptions options)
    {
        if (Directory.Exists(options.OutputDirectory))
        {
            Directory.Delete(options.OutputDirectory, recursive: true);
        }

        Directory.CreateDirectory(options.OutputDirectory);
        // Isolate from any Directory.Build.* above the output folder.
        File.WriteAllText(Path.Combine(options.OutputDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(options.OutputDirectory, "Directory.Build.targets"), "<Project />\n");
        SpecTreeGenerator.Write(options, options.OutputDirectory);
        AppGenerator.Write(options, Path.Combine(options.OutputDirectory, "App"));
    }
}
