using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SpecConstitution.Analyzers.Tests.Infrastructure;

/// <summary>Runs an endpoint analyzer over one or more web-project files (implicit usings added) and checks the diagnostics.</summary>
internal static class EndpointVerifier
{
    public const string AuthorizationRules = """
        constitution-version: 1.0.0
        rules:
          - id: authorized
            kind: endpoint-authorization
        """;

    public static Task VerifyAsync<TAnalyzer>(string source, string? rules, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() => VerifyAsync<TAnalyzer>(new[] { source }, rules, null, expected);

    /// <summary>
    /// The first source is Program.cs; others are added as Test1.cs... or under the name given as "// file: Name.cs" on their first line.
    /// Each case runs as the IDE runs it and as a command-line build does (every endpoint judged at the compilation's end):
    /// both must report the same diagnostics.
    /// </summary>
    /// <remarks>
    /// SC1003 (unregistered policy) and SC1005 (the middleware never runs) are left out: most cases are snippets about
    /// endpoint metadata, naming policies they never register in an app with no pipeline. <see cref="VerifyAllAsync{TAnalyzer}"/>
    /// checks every diagnostic.
    /// </remarks>
    public static Task VerifyAsync<TAnalyzer>(string[] sources, string? rules, string? editorConfig, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() => RunBothAsync<TAnalyzer>(sources, rules, editorConfig, expected, checkPipeline: false);

    /// <summary>As <see cref="VerifyAsync{TAnalyzer}(string[], string?, string?, DiagnosticResult[])"/>, SC1003 and SC1005 included.</summary>
    public static Task VerifyAllAsync<TAnalyzer>(string[] sources, string? rules, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() => RunBothAsync<TAnalyzer>(sources, rules, null, expected, checkPipeline: true);

    /// <summary>As <see cref="VerifyAsync{TAnalyzer}(string[], string?, string?, DiagnosticResult[])"/>, compiled against endpoint libraries too (FastEndpoints).</summary>
    public static Task VerifyWithLibrariesAsync<TAnalyzer>(string[] sources, string? rules, IEnumerable<MetadataReference> libraries, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() => RunBothAsync<TAnalyzer>(sources, rules, null, expected, checkPipeline: false, libraries.ToArray());

    private static async Task RunBothAsync<TAnalyzer>(string[] sources, string? rules, string? editorConfig, DiagnosticResult[] expected, bool checkPipeline, MetadataReference[]? libraries = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        await Build<TAnalyzer>(sources, rules, editorConfig, expected, commandLine: false, checkPipeline, libraries).RunAsync();
        await Build<TAnalyzer>(sources, rules, editorConfig, expected, commandLine: true, checkPipeline, libraries).RunAsync();
    }

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Build<TAnalyzer>(string[] sources, string? rules, string? editorConfig, DiagnosticResult[] expected, bool commandLine, bool checkPipeline, MetadataReference[]? libraries)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = Verifier.Analyzer<TAnalyzer>(Verifier.WebUsings + sources[0], rules);
        test.TestState.AdditionalReferences.AddRange(libraries ?? Array.Empty<MetadataReference>());
        if (!checkPipeline)
        {
            test.DisabledDiagnostics.AddRange(new[] { "SC1003", "SC1005" });
        }

        for (int i = 1; i < sources.Length; i++)
        {
            string name = sources[i].StartsWith("// file: ", StringComparison.Ordinal)
                ? sources[i].Substring("// file: ".Length, sources[i].IndexOf('\n') - "// file: ".Length).Trim()
                : $"Test{i}.cs";
            test.TestState.Sources.Add(($"/0/{name}", WithUsingsAfterHeader(sources[i])));
        }

        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        if (commandLine)
        {
            // What build/SpecConstitution.CommandLine.globalconfig gives the compiler in dotnet build.
            test.TestState.AnalyzerConfigFiles.Add(("/SpecConstitution.CommandLine.globalconfig", "is_global = true\nbuild_property.SpecConstitutionCommandLineBuild = true\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>The implicit usings go after a leading comment line, so headers such as // &lt;auto-generated/&gt; stay first.</summary>
    private static string WithUsingsAfterHeader(string source)
    {
        if (!source.StartsWith("//", StringComparison.Ordinal))
        {
            return Verifier.WebUsings + source;
        }

        int endOfLine = source.IndexOf('\n') + 1;
        return source.Substring(0, endOfLine) + Verifier.WebUsings + source.Substring(endOfLine);
    }

    public static DiagnosticResult SC1001(int marker, string endpoint, string rule = "rate-limited", DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new DiagnosticResult("SC1001", severity).WithLocation(marker).WithArguments(endpoint, rule, NoPrinciple);

    public static DiagnosticResult SC1002(int marker, string endpoint, string rule = "authorized") =>
        new DiagnosticResult("SC1002", DiagnosticSeverity.Warning).WithLocation(marker)
            .WithArguments(endpoint, rule, NoPrinciple);

    public static DiagnosticResult SC1003(int marker, string policy, string registered, string rule = "rate-limited") =>
        new DiagnosticResult("SC1003", DiagnosticSeverity.Warning).WithLocation(marker)
            .WithArguments(policy, registered, rule, NoPrinciple);

    public static DiagnosticResult SC1005(int marker, string problem, string rule = "rate-limited") =>
        new DiagnosticResult("SC1005", DiagnosticSeverity.Warning).WithLocation(marker)
            .WithArguments(problem, rule, NoPrinciple);

    public static DiagnosticResult SC1004(int marker, string endpoint, string route, string pattern, string rule = "versioned") =>
        new DiagnosticResult("SC1004", DiagnosticSeverity.Warning).WithLocation(marker)
            .WithArguments(endpoint, route, pattern, rule, NoPrinciple);

    /// <summary>The principle argument of a rule that names none (the catalog formats write ", principle '...'" or nothing).</summary>
    public const string NoPrinciple = "";
}
