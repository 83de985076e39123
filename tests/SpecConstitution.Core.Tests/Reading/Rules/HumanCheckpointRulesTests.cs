using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Core.Tests.Reading.Rules;

/// <summary><c>deploy-gates: human-checkpoint: [kinds]</c> in the rules file.</summary>
public sealed class HumanCheckpointRulesTests
{
    private const string Path = "/repo/.specify/memory/constitution.rules.yml";
    private const string Head = "constitution-version: 1.0.0\nrules: []\n";

    [Fact]
    public void Without_the_key_the_default_kinds_apply()
    {
        Assert.Equal(["anonymous-endpoint-added", "authorization-loosened", "constitution-changed", "rate-limiting-loosened"],
            DeployGatesConfig.FromRulesText(Path, Head + "deploy-gates:\n  clean-tree: false\n").HumanCheckpoint);
    }

    [Fact]
    public void The_listed_kinds_replace_the_default_and_an_empty_list_turns_the_checkpoint_off()
    {
        Assert.Equal(["endpoint-added", "rules-changed"], DeployGatesConfig.FromRulesText(Path, Head + "deploy-gates:\n  human-checkpoint: [rules-changed, endpoint-added]\n").HumanCheckpoint);
        Assert.Empty(DeployGatesConfig.FromRulesText(Path, Head + "deploy-gates:\n  human-checkpoint: []\n").HumanCheckpoint);
    }

    [Fact]
    public void An_unknown_kind_is_SC3004_at_the_item_and_a_scalar_is_SC3004_at_the_value()
    {
        string text = Head + "deploy-gates:\n  human-checkpoint: [endpoint-added, endpoint-renamed]\n";
        var finding = Assert.Single(RulesFileParser.Parse(Path, text).Findings);
        Assert.Equal("SC3004", finding.Id);
        Assert.Contains("'endpoint-renamed' is not a blast radius change kind", finding.Message);
        Assert.Equal(4, finding.Range.Line);
        Assert.Equal(["endpoint-added"], DeployGatesConfig.FromRulesText(Path, text).HumanCheckpoint);

        var scalar = Assert.Single(RulesFileParser.Parse(Path, Head + "deploy-gates:\n  human-checkpoint: yes\n").Findings);
        Assert.Equal("SC3004", scalar.Id);
        Assert.Contains("must be a list of change kinds", scalar.Message);
    }
}
