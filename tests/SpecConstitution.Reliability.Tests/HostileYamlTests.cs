using System.Diagnostics;
using System.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Reliability.Tests;

/// <summary>Inputs built to hurt a YAML parser: each is refused with a located finding, fast, never a crash.</summary>
public class HostileYamlTests
{
    private const string Path = "/repo/.specify/memory/constitution.rules.yml";

    [Fact]
    public void Billion_laughs_aliases_are_not_expanded()
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]\n");
        }

        yaml.Append("rules: *a9\n");
        var watch = Stopwatch.StartNew();
        RulesFile rules = RulesFileParser.Parse(Path, yaml.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Empty(rules.Rules);
        Assert.NotEmpty(rules.Findings);
    }

    [Fact]
    public void Nesting_ten_thousand_levels_deep_is_refused_not_a_stack_overflow()
    {
        string yaml = "rules: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        RulesFile rules = RulesFileParser.Parse(Path, yaml);
        Assert.Contains(rules.Findings, f => f.Id == "SC3001" && f.Message.Contains("nesting", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_megabyte_line_is_refused_by_size_with_a_finding()
    {
        string yaml = "constitution-version: " + new string('9', 10 * 1024 * 1024) + "\n";
        var watch = Stopwatch.StartNew();
        RulesFile rules = RulesFileParser.Parse(Path, yaml);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Contains(rules.Findings, f => f.Message.Contains("limit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rules:\n  - id: a\n    kind: endpoint-rate-limiting\n\0\0\0")]
    [InlineData("rules: *undefined\n")]
    [InlineData("%YAML 9.9\n---\nrules: []\n")]
    [InlineData("rules:\n  - id: a\n    kind: endpoint-rate-limiting\n  - id: a\n    kind: endpoint-rate-limiting\n")]
    [InlineData("--- !!binary |\n  R0lGODlhDAAMAIQAAP\n")]
    [InlineData("rules:\r  - id: a\r    kind: layering\r")]
    [InlineData("\uFEFFconstitution-version: 1.0.0\r\nrules: []\r\n")]
    public void Malformed_files_become_findings_inside_the_file(string yaml)
    {
        RulesFile rules = RulesFileParser.Parse(Path, yaml);
        ParserFuzzTests.AssertInside(rules.Findings, yaml);
    }
}
