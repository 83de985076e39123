using System.Diagnostics;
using System.Text;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Reliability.Tests;

/// <summary>
/// Issue 25, class 1: alias graphs and keys that are not plain values. Each input is refused before YamlDotNet builds
/// a node graph, with a finding at the offending alias or key, within a time limit (a regression hangs or crashes here,
/// it does not pass).
/// </summary>
public class YamlAliasGraphTests
{
    private const string Path = "/repo/.specify/memory/constitution.rules.yml";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Fact]
    public void Recursive_alias_in_key_position_is_refused_at_the_key()
    {
        string yaml = YamlAliasGraphs.ValidRules + "\n? &s [1, *s]\n: y\n";
        RulesFile rules = Parse(yaml);
        AssertRefusedAt(rules, yaml, "&s [1, *s]", "list is used as a mapping key");
    }

    [Fact]
    public void Recursive_alias_in_value_position_is_refused_at_the_alias()
    {
        string yaml = YamlAliasGraphs.ValidRules + "\nloop: &s [1, *s]\n";
        RulesFile rules = Parse(yaml);
        AssertRefusedAt(rules, yaml, "*s]", "inside the collection it names");
    }

    [Fact]
    public void Alias_dag_used_as_a_key_is_refused_at_the_alias_in_bounded_time()
    {
        string yaml = YamlAliasGraphs.ValidRules + "\n" + YamlAliasGraphs.Dag(40, "? {top}\n: y\n");
        Assert.InRange(yaml.Length, 1_000, 2_000);
        var watch = Stopwatch.StartNew();
        RulesFile rules = Parse(yaml);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        // Refused where the graph first grows past the budget, long before the key.
        AssertRefusedAt(rules, yaml, "*l6", "over the 1,000-node limit for one alias");
    }

    [Fact]
    public void Small_alias_dag_used_as_a_key_is_refused_at_the_key()
    {
        string yaml = YamlAliasGraphs.ValidRules + "\n" + YamlAliasGraphs.Dag(3, "? {top}\n: y\n");
        AssertRefusedAt(Parse(yaml), yaml, "*l3\n", "used as a mapping key");
    }

    [Fact]
    public void Plain_alias_used_as_a_key_is_refused_because_keys_must_be_plain_values()
    {
        string yaml = "name: &n constitution-version\n*n : 1.0.0\n";
        RulesFile rules = Parse(yaml);
        AssertRefusedAt(rules, yaml, "*n :", "used as a mapping key");
    }

    [Theory]
    [InlineData("? {a: 1}\n: x\n", "{a: 1}", "mapping is used as a mapping key")]
    [InlineData("rules:\n  - ? [id]\n    : x\n", "[id]", "list is used as a mapping key")]
    [InlineData("{[a]: 1}\n", "[a]", "list is used as a mapping key")]
    public void Collection_used_as_a_key_is_refused_at_the_key(string yaml, string at, string message) =>
        AssertRefusedAt(Parse(yaml), yaml, at, message);

    [Fact]
    public void Alias_dag_in_value_position_is_refused_by_what_it_expands_to()
    {
        string yaml = YamlAliasGraphs.Dag(12, "rules: {top}\n");
        RulesFile rules = Parse(yaml);
        // Level n stands for 3 * size(n-1) + 1 nodes: 3, 10, 31, 94, 283, 850, 2,551; level 6 is the first over 1,000.
        AssertRefusedAt(rules, yaml, "*l6", "over the 1,000-node limit for one alias");
    }

    [Fact]
    public void Billion_laughs_with_nine_aliases_per_level_is_refused_at_the_first_large_alias()
    {
        string yaml = YamlAliasGraphs.Laughs(9);
        RulesFile rules = Parse(yaml);
        AssertRefusedAt(rules, yaml, "*a3", "over the 1,000-node limit for one alias");
    }

    [Fact]
    public void Many_small_aliases_are_refused_once_their_total_expansion_is_too_large()
    {
        // Each alias stands for 901 nodes (under the one-alias limit); 200 of them stand for 180,200.
        var yaml = new StringBuilder("big: &b [" + string.Join(", ", Enumerable.Repeat("x", 900)) + "]\nmany:\n");
        for (int i = 0; i < 200; i++)
        {
            yaml.Append("  - *b\n");
        }

        RulesFile rules = Parse(yaml.ToString());
        Finding refusal = Assert.Single(rules.Findings);
        Assert.Equal("SC3001", refusal.Id);
        Assert.Contains("more than 100,000 YAML nodes", refusal.Message, StringComparison.Ordinal);
        Assert.True(refusal.Range.Line > 100, $"reported at line {refusal.Range.Line}, not at the alias that crossed the budget");
    }

    [Fact]
    public void Aliases_that_nest_deeper_than_the_limit_once_expanded_are_refused()
    {
        string yaml = YamlAliasGraphs.DeepChain(links: 20, levelsPerLink: 8);
        RulesFile rules = Parse(yaml);
        Finding refusal = Assert.Single(rules.Findings);
        Assert.Equal("SC3001", refusal.Id);
        Assert.Contains("with its aliases expanded, nesting is deeper than 32", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(4, refusal.Range.Line);
    }

    [Fact]
    public void Small_aliases_between_rules_still_work()
    {
        const string yaml = """
            constitution-version: 1.0.0
            rules:
              - id: limits
                kind: endpoint-rate-limiting
                exclude-routes: &open ["/health*", "/metrics"]
              - id: auth
                kind: endpoint-authorization
                severity: &sev error
              - id: auth-admin
                kind: endpoint-authorization
                severity: *sev
            """;
        RulesFile rules = Parse(yaml);
        Assert.Empty(rules.Findings);
        Assert.Equal(new[] { "limits", "auth", "auth-admin" }, rules.Rules.Select(r => r.Id));
        Assert.Equal(FindingSeverity.Error, rules.Rules[2].Severity);
    }

    [Fact]
    public void Undefined_alias_is_reported_at_its_own_line_and_column()
    {
        const string yaml = "constitution-version: 1.0.0\nrules:\n  - id: a\n    kind: *nope\n";
        AssertRefusedAt(Parse(yaml), yaml, "*nope", "names no anchor");
    }

    [Fact]
    public void Alias_to_an_anchor_of_an_earlier_document_is_undefined_and_located()
    {
        const string yaml = "--- &a [x]\n--- \nrules: *a\n";
        AssertRefusedAt(Parse(yaml), yaml, "*a", "names no anchor");
    }

    [Fact]
    public void Duplicate_key_in_one_rule_drops_only_that_rule()
    {
        const string yaml = """
            constitution-version: 1.0.0
            rules:
              - id: limits
                kind: endpoint-rate-limiting
              - id: auth
                kind: endpoint-authorization
                kind: banned-api
              - id: layers
                kind: layering
                from: ["*.Domain*"]
                must-not-reference: ["*.Infrastructure*"]
            """;
        RulesFile rules = Parse(yaml);
        Assert.Equal(new[] { "limits", "layers" }, rules.Rules.Select(r => r.Id));
        Finding duplicate = Assert.Single(rules.Findings);
        Assert.Equal("SC3004", duplicate.Id);
        Assert.Contains("Rule 'auth' gives key 'kind' twice", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal((7, 5), (duplicate.Range.Line, duplicate.Range.Column));
    }

    [Fact]
    public void Duplicate_top_level_key_is_located_and_the_first_is_read()
    {
        const string yaml = "constitution-version: 1.0.0\nrules:\n  - { id: a, kind: endpoint-authorization }\nconstitution-version: 2.0.0\n";
        RulesFile rules = Parse(yaml);
        Assert.Equal("1.0.0", rules.ConstitutionVersion);
        Assert.Equal("a", Assert.Single(rules.Rules).Id);
        Finding duplicate = Assert.Single(rules.Findings);
        Assert.Equal((4, 1), (duplicate.Range.Line, duplicate.Range.Column));
    }

    [Fact]
    public void Duplicate_key_whose_value_holds_an_alias_bomb_is_still_refused()
    {
        string yaml = YamlAliasGraphs.ValidRules + "\nx: 1\nx: &s [1, *s]\n";
        RulesFile rules = Parse(yaml);
        AssertRefusedAt(rules, yaml, "*s]", "inside the collection it names");
    }

    [Fact]
    public void Alias_to_an_anchor_under_a_duplicate_key_is_refused_at_the_alias()
    {
        string yaml = "x: 1\nx: &gone [1]\ny: *gone\n";
        AssertRefusedAt(Parse(yaml), yaml, "*gone", "under a duplicate key");
    }

    [Fact]
    public void Merge_key_is_an_unknown_key_not_a_crash()
    {
        const string yaml = """
            constitution-version: 1.0.0
            rules:
              - &base { id: a, kind: endpoint-authorization }
              - <<: *base
                id: b
                kind: endpoint-authorization
            """;
        RulesFile rules = Parse(yaml);
        // Merge keys are YAML 1.1, not 1.2: '<<' is a key like any other, and the rules file does not know it.
        Assert.Contains(rules.Rules, r => r.Id == "a");
        Assert.Contains(rules.Findings, f => f.Range.Line == 4 && f.Message.Contains("<<", StringComparison.Ordinal));
    }

    [Fact]
    public void Anchored_rule_repeated_in_the_sequence_is_a_duplicate_id_not_two_rules()
    {
        const string yaml = "rules:\n  - &r { id: a, kind: endpoint-authorization }\n  - *r\n";
        RulesFile rules = Parse(yaml);
        Assert.Single(rules.Rules);
        Assert.Contains(rules.Findings, f => f.Id == "SC3005");
    }

    [Fact]
    public void Deploy_gates_read_goes_through_the_same_guard()
    {
        string bomb = YamlAliasGraphs.ValidRules + "\ndeploy-gates: { clean-tree: false }\n? &s [1, *s]\n: y\n";
        string dag = YamlAliasGraphs.ValidRules + "\ndeploy-gates: { clean-tree: false }\n" + YamlAliasGraphs.Dag(40, "? {top}\n: y\n");
        Assert.Same(DeployGatesConfig.Strict, Bounded.Run(() => DeployGatesConfig.FromRulesText(Path, bomb), Limit));
        Assert.Same(DeployGatesConfig.Strict, Bounded.Run(() => DeployGatesConfig.FromRulesText(Path, dag), Limit));
        DeployGatesConfig duplicate = DeployGatesConfig.FromRulesText(Path, "deploy-gates:\n  clean-tree: false\n  clean-tree: true\n");
        Assert.False(duplicate.IsEnabled("clean-tree"));
    }

    internal static RulesFile Parse(string yaml) => Bounded.Run(() => RulesFileParser.Parse(Path, yaml), Limit);

    /// <summary>The file is refused with one SC3001 whose position is the first occurrence of <paramref name="at"/>.</summary>
    internal static void AssertRefusedAt(RulesFile rules, string yaml, string at, string message)
    {
        Assert.Empty(rules.Rules);
        Finding refusal = Assert.Single(rules.Findings);
        Assert.Equal("SC3001", refusal.Id);
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
        (int line, int column) = LineColumn(yaml, yaml.IndexOf(at, StringComparison.Ordinal));
        Assert.Equal((line, column), (refusal.Range.Line, refusal.Range.Column));
    }

    internal static (int Line, int Column) LineColumn(string text, int index)
    {
        Assert.True(index >= 0);
        int line = 1 + text.Take(index).Count(c => c == '\n');
        int column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }
}
