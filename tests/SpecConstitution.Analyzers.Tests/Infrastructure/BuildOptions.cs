using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecConstitution.Analyzers.Tests.Infrastructure;

/// <summary>
/// The global analyzer options a build gives the compiler (<c>build_property.*</c>), with nothing per file. Also compiled
/// into the benchmarks, which analyze the same way.
/// </summary>
internal sealed class BuildOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    /// <summary>What the package's build files give the compiler in <c>dotnet build</c>, when <paramref name="commandLine"/>.</summary>
    public static BuildOptions ForBuild(bool commandLine, params (string Key, string Value)[] more)
    {
        var values = more.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (commandLine)
        {
            values["build_property.SpecConstitutionCommandLineBuild"] = "true";
        }

        return new BuildOptions(values);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
