using System.Text;

namespace SpecConstitution.Reliability.Tests;

/// <summary>Generators of alias graphs that cost a YAML library exponential time or endless recursion.</summary>
internal static class YamlAliasGraphs
{
    public const string ValidRules = """
        constitution-version: 1.0.0
        rules:
          - id: limits
            kind: endpoint-rate-limiting
        """;

    /// <summary>
    /// A non-recursive DAG: level i is a list of three aliases to level i-1, so level n stands for 3^n nodes while the
    /// text grows by one short line per level.
    /// </summary>
    public static string Dag(int levels, string top)
    {
        var yaml = new StringBuilder("dag:\n  - &l0 [x, y]\n");
        for (int i = 1; i <= levels; i++)
        {
            yaml.Append($"  - &l{i} [*l{i - 1}, *l{i - 1}, *l{i - 1}]\n");
        }

        return yaml.Append(top.Replace("{top}", $"*l{levels}", StringComparison.Ordinal)).ToString();
    }

    /// <summary>Billion laughs with few aliases: each anchor lists nine aliases to the previous one.</summary>
    public static string Laughs(int levels)
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= levels; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        return yaml.Append($"rules: *a{levels}\n").ToString();
    }

    /// <summary>A chain of anchors, each a few levels deep around an alias to the previous: shallow text, deep graph.</summary>
    public static string DeepChain(int links, int levelsPerLink)
    {
        var yaml = new StringBuilder($"c0: &c0 {new string('[', levelsPerLink)}x{new string(']', levelsPerLink)}\n");
        for (int i = 1; i <= links; i++)
        {
            yaml.Append($"c{i}: &c{i} {new string('[', levelsPerLink)}*c{i - 1}{new string(']', levelsPerLink)}\n");
        }

        return yaml.ToString();
    }
}
