namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// Which source generators wrote files, per generator assembly, read from obj/…/generated (EmitCompilerGeneratedFiles):
/// proof that the SDK's generators really ran next to SpecConstitution's analyzers, not merely that the build passed.
/// </summary>
public static class GeneratedSourceCensus
{
    public const string RequestDelegateGenerator = "Microsoft.AspNetCore.Http.RequestDelegateGenerator";
    public const string JsonGenerator = "System.Text.Json.SourceGeneration";
    public const string RegexGenerator = "System.Text.RegularExpressions.Generator";
    public const string LoggingGenerator = "Microsoft.Extensions.Logging.Generators";
    public const string ConfigurationBinderGenerator = "Microsoft.Extensions.Configuration.Binder.SourceGeneration";
    public const string SpecConstitutionAnalyzers = "SpecConstitution.Analyzers";

    /// <summary>Generator assembly → number of generated files, over every project of the solution.</summary>
    public static SortedDictionary<string, int> Count(string solutionRoot, IEnumerable<string> projects)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string project in projects)
        {
            string generated = Path.Combine(solutionRoot, Path.GetDirectoryName(project)!, "obj", "Debug", "net10.0", "generated");
            if (!Directory.Exists(generated))
            {
                continue;
            }

            foreach (string generator in Directory.GetDirectories(generated))
            {
                string name = Path.GetFileName(generator);
                counts[name] = counts.GetValueOrDefault(name) + Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories).Length;
            }
        }

        return counts;
    }

    /// <summary>How many times <paramref name="text"/> occurs in the files <paramref name="generator"/> wrote, over every project.</summary>
    public static int Occurrences(string solutionRoot, IEnumerable<string> projects, string generator, string text) => projects
        .Select(project => Path.Combine(solutionRoot, Path.GetDirectoryName(project)!, "obj", "Debug", "net10.0", "generated", generator))
        .Where(Directory.Exists)
        .SelectMany(directory => Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories))
        .Sum(file => File.ReadAllText(file).Split(text).Length - 1);
}
