using System.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Reliability.Tests;

/// <summary>
/// Generated YAML around the alias guard: random anchor/alias graphs (keys, values, cycles, redefinitions, documents),
/// tags, BOMs and huge scalars. Every input ends within the time limit with findings inside the file, never a throw.
/// </summary>
public class GeneratedYamlGraphTests
{
    private const string Path = "/repo/.specify/memory/constitution.rules.yml";

    [Fact]
    public void Random_alias_graphs_end_in_time_with_located_findings()
    {
        var random = new Random(25);
        int iterations = (int)Math.Min(2_000, Math.Max(200, FuzzSettings.Iterations));
        for (int i = 0; i < iterations; i++)
        {
            string yaml = RandomGraph(random);
            RulesFile rules = Bounded.Run(() => RulesFileParser.Parse(Path, yaml), TimeSpan.FromSeconds(10));
            ParserFuzzTests.AssertInside(rules.Findings, yaml);
            Assert.True(rules.Rules.Count <= 1, yaml);
        }
    }

    [Theory]
    [InlineData("rules: !!set { a, b }\n")]
    [InlineData("rules:\n  - !custom { id: a, kind: endpoint-authorization }\n")]
    [InlineData("!!map { rules: !!seq [ !!str x ] }\n")]
    [InlineData("rules: !<tag:yaml.org,2002:js/function> 'x'\n")]
    [InlineData("%TAG ! tag:evil.example,2025:\n--- !x\nrules: []\n")]
    [InlineData("\uFEFF\uFEFFconstitution-version: 1.0.0\n")]
    [InlineData("constitution-version: 1.0.0\n\uFEFFrules: []\n")]
    [InlineData("rules: []\n--- \nrules: &a [*a]\n...\n--- *a\n")]
    public void Tags_boms_and_documents_become_findings_or_parse(string yaml)
    {
        RulesFile rules = Bounded.Run(() => RulesFileParser.Parse(Path, yaml), TimeSpan.FromSeconds(10));
        ParserFuzzTests.AssertInside(rules.Findings, yaml);
    }

    [Fact]
    public void Huge_scalar_key_is_one_unknown_key_in_bounded_time()
    {
        // An explicit key: YAML caps implicit ones at 1,024 characters (that is SC3001, tested by the fuzzers).
        string yaml = "? " + new string('k', 900_000) + "\n: 1\nrules: []\n";
        RulesFile rules = Bounded.Run(() => RulesFileParser.Parse(Path, yaml), TimeSpan.FromSeconds(10));
        Assert.Equal("SC3002", Assert.Single(rules.Findings).Id);
    }

    [Fact]
    public void Huge_scalar_behind_many_aliases_counts_as_one_node_each()
    {
        // Scalars are shared, not copied: 500 aliases to a 100 KB scalar are 500 nodes, not 50 MB, and are allowed.
        var yaml = new StringBuilder("big: &b " + new string('x', 100_000) + "\nmany:\n");
        for (int i = 0; i < 500; i++)
        {
            yaml.Append("  - *b\n");
        }

        RulesFile rules = Bounded.Run(() => RulesFileParser.Parse(Path, yaml.ToString()), TimeSpan.FromSeconds(10));
        Assert.All(rules.Findings, f => Assert.Equal("SC3002", f.Id));
    }

    /// <summary>A few anchored collections and scalars, aliases in keys and values, sometimes inside their own anchor.</summary>
    private static string RandomGraph(Random random)
    {
        var yaml = new StringBuilder("constitution-version: 1.0.0\nrules:\n  - { id: a, kind: endpoint-authorization }\n");
        int anchors = 0;
        int entries = random.Next(1, 12);
        for (int e = 0; e < entries; e++)
        {
            if (random.Next(10) == 0)
            {
                yaml.Append("---\n");
                anchors = 0;
            }

            string key = random.Next(6) switch
            {
                0 when anchors > 0 => $"? *n{random.Next(anchors + 1)}\n:",
                1 => $"? [{Node(random, anchors, 2)}]\n:",
                _ => $"k{e}:",
            };
            string value = $"&n{anchors} [{string.Join(", ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => Node(random, anchors + 1, 3)))}]";
            anchors++;
            yaml.Append(key).Append(' ').Append(value).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Node(Random random, int anchors, int depth) => random.Next(4) switch
    {
        0 when anchors > 0 => $"*n{random.Next(anchors)}",
        1 when depth > 0 => $"[{Node(random, anchors, depth - 1)}, {Node(random, anchors, depth - 1)}]",
        2 when depth > 0 => $"{{ x: {Node(random, anchors, depth - 1)} }}",
        _ => "s",
    };
}
