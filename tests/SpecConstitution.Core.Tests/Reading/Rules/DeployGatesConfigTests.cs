using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Core.Tests.Reading.Rules;

public sealed class DeployGatesConfigTests
{
    [Fact]
    public void Without_a_deploy_gates_section_every_gate_applies()
    {
        DeployGatesConfig config = DeployGatesConfig.FromRulesText("rules.yml", SpecKitSamples.Rules());

        Assert.All(SpecConstitution.Reports.Gates.DeployGateIds.All, id => Assert.True(config.IsEnabled(id)));
    }

    [Fact]
    public void Deploy_gates_turns_named_gates_off_and_leaves_the_rest_on()
    {
        string text = SpecKitSamples.Rules(extra: "deploy-gates:\n  clean-tree: false\n  tasks-complete: true");

        DeployGatesConfig config = DeployGatesConfig.FromRulesText("rules.yml", text);
        RulesFile parsed = RulesFileParser.Parse("rules.yml", text);

        Assert.False(config.IsEnabled("clean-tree"));
        Assert.True(config.IsEnabled("tasks-complete"));
        Assert.True(config.IsEnabled("no-error-findings"));
        Assert.Empty(parsed.Findings);
    }

    [Fact]
    public void An_unknown_gate_is_SC3002_and_a_non_boolean_is_SC3004_at_their_lines()
    {
        string text = "constitution-version: 1.2.0\nrules: []\ndeploy-gates:\n  clean-tree: sometimes\n  tests-green: true\n";

        RulesFile parsed = RulesFileParser.Parse("rules.yml", text);
        DeployGatesConfig config = DeployGatesConfig.FromRulesText("rules.yml", text);

        var invalid = Assert.Single(parsed.Findings, f => f.Id == "SC3004");
        Assert.Equal(4, invalid.Range.Line);
        Assert.Contains("true or false", invalid.Message);
        var unknown = Assert.Single(parsed.Findings, f => f.Id == "SC3002");
        Assert.Equal(5, unknown.Range.Line);
        Assert.Contains("tests-green", unknown.Message);
        Assert.True(config.IsEnabled("clean-tree"));
    }

    [Fact]
    public void A_deploy_gates_list_instead_of_a_mapping_is_SC3004()
    {
        RulesFile parsed = RulesFileParser.Parse("rules.yml", "constitution-version: 1.2.0\ndeploy-gates: [clean-tree]\n");

        Assert.Contains("'deploy-gates' must map gate IDs to true or false", Assert.Single(parsed.Findings, f => f.Id == "SC3004").Message);
    }
}
