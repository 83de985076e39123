using Microsoft.CodeAnalysis;

namespace SpecConstitution.Reliability.Tests;

/// <summary>
/// The compiler path of issue 25, class 1: the same hostile rules files fed to the analyzers as an AdditionalFile.
/// Before the guard these overflowed csc's stack or never finished; now each is one located SC3001 on the rules file.
/// </summary>
public class AnalyzerYamlGuardTests
{
    private const string Program = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/quotes", () => "q");
        app.Run();
        """;

    public static TheoryData<string, string> HostileRules() => new()
    {
        { YamlAliasGraphs.ValidRules + "\n? &s [1, *s]\n: y\n", "&s [1, *s]" },
        { YamlAliasGraphs.ValidRules + "\n" + YamlAliasGraphs.Dag(40, "? {top}\n: y\n"), "*l6" },
        { YamlAliasGraphs.Laughs(9), "*a3" },
        { "constitution-version: 1.0.0\nrules:\n  - id: a\n    kind: *nope\n", "*nope" },
    };

    [Theory]
    [MemberData(nameof(HostileRules))]
    public void Hostile_rules_file_is_a_located_SC3001_not_AD0001(string rules, string at)
    {
        var diagnostics = Bounded.Run(() => AnalyzerHarness.Run(Program, rules), TimeSpan.FromSeconds(60));

        Diagnostic refusal = Assert.Single(diagnostics, d => d.Id == "SC3001");
        Assert.Equal(AnalyzerHarness.RulesPath, refusal.Location.GetLineSpan().Path);
        Assert.Equal(YamlAliasGraphTests.LineColumn(rules, rules.IndexOf(at, StringComparison.Ordinal)), AnalyzerHarness.Start(refusal));
    }
}
