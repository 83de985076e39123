using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SpecConstitution.Analyzers.Tests.Runtime.RealApps;

/// <summary>
/// SC1001/SC1002 on every real app of ../shared/fixtures/aspnet-apps, compared with the endpoints and metadata the
/// running app has (its <c>&lt;app&gt;.endpoints.tsv</c>): every endpoint without rate limiting (authorization) metadata
/// reported, and no other. The app's Razor pages are endpoints of their own (the Razor generator's classes are in the
/// compilation); the pages MapRazorPages maps from a library (Identity's default UI) are judged together by SC1007 at
/// that call: it is a true report when any of them lacks the metadata.
/// </summary>
public class RealAppComparisonTests(ITestOutputHelper output)
{
    private const string RulesFile = SpecKitSamples.EndpointRules;

    public static IEnumerable<object[]> Apps => SharedAspNetApps.Names();

    /// <summary>As the IDE runs the analyzers (each endpoint judged as it is analyzed) and as <c>dotnet build</c> does (judged at the end).</summary>
    [Theory]
    [MemberData(nameof(Apps))]
    public async Task Findings_match_the_endpoints_the_running_app_has(string name)
    {
        SharedAspNetApp? app = SharedAspNetApps.All().FirstOrDefault(a => a.Name == name);
        if (app == null)
        {
            output.WriteLine("../shared/fixtures/aspnet-apps is not present: skipped.");
            return;
        }

        foreach (bool commandLine in new[] { false, true })
        {
            Comparison comparison = await CompareAsync(app, commandLine);
            string host = commandLine ? "command-line build" : "IDE";
            output.WriteLine($"[{host}] " + comparison.Describe());
            Assert.True(comparison.RateLimiting.Missed.Count == 0 && comparison.RateLimiting.False.Count == 0, $"[{host}] SC1001: " + comparison.RateLimiting.Describe());
            Assert.True(comparison.Authorization.Missed.Count == 0 && comparison.Authorization.False.Count == 0, $"[{host}] SC1002: " + comparison.Authorization.Describe());
        }
    }

    internal static async Task<Comparison> CompareAsync(SharedAspNetApp app, bool commandLine)
    {
        CSharpCompilation compilation = RealAppCompilation.Create(app);
        IReadOnlyList<RuntimeEndpointRow> rows = RuntimeEndpointList(app);
        var rules = new InMemoryAdditionalText(Verifier.RulesPath, RulesFile);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(rules), BuildOptions.ForBuild(commandLine));
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EndpointRateLimitingAnalyzer(), new EndpointAuthorizationAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        return new Comparison(
            app.Name,
            rows,
            diagnostics.Where(d => d.Id is "SC1006" or "AD0001" or "SC1007").Select(d => d.ToString()).ToArray(),
            Score.Of(rows.Where(r => !r.IsRateLimited).Select(r => r.Key), rows.Select(r => r.Key), Reported(diagnostics, "SC1001", "rate-limited")),
            Score.Of(rows.Where(r => !r.StatesAuthorization).Select(r => r.Key), rows.Select(r => r.Key), Reported(diagnostics, "SC1002", "authorized")));
    }

    private static IReadOnlyList<RuntimeEndpointRow> RuntimeEndpointList(SharedAspNetApp app) => RuntimeEndpointRow.Read(app.EndpointList, app.Folder);

    /// <summary>The endpoints a rule's diagnostic names; SC1007 at MapRazorPages stands for the library's pages.</summary>
    private static string[] Reported(ImmutableArray<Diagnostic> diagnostics, string id, string rule) =>
        diagnostics.Where(d => d.Id == id).Select(d => QuotedEndpoint(d.GetMessage()))
            .Concat(diagnostics.Where(d => d.Id == "SC1007" && d.GetMessage().StartsWith("'MapRazorPages'", StringComparison.Ordinal) && d.GetMessage().Contains($"rule '{rule}'"))
                .Select(_ => RuntimeEndpointRow.RazorPagesKey))
            .Distinct().ToArray();

    private static string QuotedEndpoint(string message)
    {
        int start = message.IndexOf('\'') + 1;
        return message.Substring(start, message.IndexOf('\'', start) - start);
    }

    internal sealed record Comparison(string App, IReadOnlyList<RuntimeEndpointRow> Rows, IReadOnlyList<string> Other, Score RateLimiting, Score Authorization)
    {
        public string Describe() =>
            $"{App}: {Rows.Count} endpoints at run time{Environment.NewLine}" +
            $"  SC1001 {RateLimiting.Describe()}{Environment.NewLine}" +
            $"  SC1002 {Authorization.Describe()}{Environment.NewLine}" +
            string.Concat(Other.Select(o => "  other: " + o + Environment.NewLine));
    }

    /// <summary>Endpoints (by key) that should be reported, that were, that were missed, and that were reported but comply.</summary>
    internal sealed record Score(IReadOnlyList<string> Expected, IReadOnlyList<string> Reported, IReadOnlyList<string> Missed, IReadOnlyList<string> False)
    {
        public static Score Of(IEnumerable<string> violating, IEnumerable<string> all, IReadOnlyList<string> reported)
        {
            var expected = violating.Distinct().OrderBy(k => k, StringComparer.Ordinal).ToArray();
            var reportedSet = reported.OrderBy(k => k, StringComparer.Ordinal).ToArray();
            return new Score(
                expected,
                reportedSet,
                expected.Except(reportedSet, StringComparer.Ordinal).ToArray(),
                reportedSet.Except(expected, StringComparer.Ordinal).ToArray());
        }

        public string Describe() =>
            $"expected {Expected.Count}, reported {Reported.Count}, missed {Missed.Count} [{string.Join(", ", Missed)}], false {False.Count} [{string.Join(", ", False)}]";
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
