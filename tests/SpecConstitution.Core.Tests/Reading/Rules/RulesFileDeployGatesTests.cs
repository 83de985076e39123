using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Core.Tests.Reading.Rules;

/// <summary>Issue 19: the rules parse keeps deploy-gates, so the manifest needs no second read of the file for them.</summary>
public sealed class RulesFileDeployGatesTests
{
    private const string Rules = "constitution-version: 1.0.0\nrules: []\n";

    [Theory]
    [InlineData(Rules)]
    [InlineData(Rules + "deploy-gates:\n  clean-tree: false\n  tasks-complete: true\n")]
    [InlineData(Rules + "deploy-gates:\n  clean-tree: maybe\n  commit-known: false\n")]
    [InlineData(Rules + "deploy-gates:\n  no-such-gate: false\n  subjects-present: false\n")]
    [InlineData(Rules + "deploy-gates: [clean-tree]\n")]
    [InlineData("deploy-gates:\n  clean-tree: false\n  - not: yaml\n")]
    public void The_parsed_rules_carry_the_same_gates_as_reading_the_section_alone(string text)
    {
        RulesFile parsed = RulesFileParser.Parse("rules.yml", text);
        DeployGatesConfig alone = DeployGatesConfig.FromRulesText("rules.yml", text);

        Assert.Equal(alone.Overrides.OrderBy(o => o.Key), parsed.DeployGates.Overrides.OrderBy(o => o.Key));
    }

    [Fact]
    public void A_gate_turned_off_is_off_in_the_parsed_rules_and_the_others_stay_on()
    {
        RulesFile parsed = RulesFileParser.Parse("rules.yml", Rules + "deploy-gates:\n  clean-tree: false\n");

        Assert.False(parsed.DeployGates.IsEnabled("clean-tree"));
        Assert.True(parsed.DeployGates.IsEnabled("no-error-findings"));
        Assert.Empty(parsed.Findings);
    }
}
