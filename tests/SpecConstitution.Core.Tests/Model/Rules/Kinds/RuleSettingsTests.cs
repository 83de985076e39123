using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Core.Tests.Model.Rules.Kinds;

/// <summary>Each rule kind's settings, read from real YAML: booleans stay booleans, keys come from one declaration.</summary>
public sealed class RuleSettingsTests
{
    [Fact]
    public void A_yaml_boolean_reaches_the_rule_as_a_bool_not_as_text()
    {
        RuleDefinition rule = Single("""
            constitution-version: 1.0.0
            rules:
              - id: limited
                kind: endpoint-rate-limiting
                allow-disable: true
                global-limiter-satisfies: false
                required-policy: per-key
                exclude-routes: ["/health*"]
            """);

        RuleOption allowDisable = rule.Options[EndpointRateLimitingSettings.AllowDisableKey];
        Assert.True(allowDisable.Flag);
        Assert.Empty(allowDisable.Values);
        var settings = new EndpointRateLimitingSettings(rule);
        Assert.True(settings.AllowDisable);
        Assert.False(settings.GlobalLimiterSatisfies);
        Assert.Equal("per-key", settings.RequiredPolicy);
        Assert.Null(settings.DefaultPolicy);
        Assert.Equal(["/health*"], settings.ExcludeRoutes);
    }

    [Fact]
    public void Omitted_booleans_take_their_defaults_and_lists_are_empty()
    {
        var settings = new EndpointAuthorizationSettings(Single("""
            constitution-version: 1.0.0
            rules:
              - id: authorized
                kind: endpoint-authorization
            """));

        Assert.False(settings.FallbackPolicySatisfies);
        Assert.Empty(settings.ExcludeRoutes);
    }

    [Fact]
    public void Requirement_coverage_needs_tests_unless_told_otherwise()
    {
        RequirementCoverageSettings Read(string require) => new(Single($"""
            constitution-version: 1.0.0
            rules:
              - id: traced
                kind: requirement-coverage
            {require}
            """));

        Assert.Equal((true, false), (Read("").NeedTests, Read("").NeedCode));
        Assert.Equal((false, true), (Read("    require: [code]").NeedTests, Read("    require: [code]").NeedCode));
        Assert.Equal((true, true), (Read("    require: both").NeedTests, Read("    require: both").NeedCode));
    }

    [Fact]
    public void Every_kind_accepts_exactly_the_keys_its_settings_class_declares()
    {
        Assert.Equal(
            [EndpointRuleSettings.ExcludeRoutesKey, EndpointRateLimitingSettings.RequiredPolicyKey, EndpointRateLimitingSettings.DefaultPolicyKey,
             EndpointRateLimitingSettings.AllowDisableKey, EndpointRateLimitingSettings.GlobalLimiterSatisfiesKey],
            RuleKinds.Options[RuleKinds.EndpointRateLimiting].Select(o => o.Key));
        Assert.Equal([LayeringSettings.FromKey, LayeringSettings.MustNotReferenceKey], RuleKinds.Options[RuleKinds.Layering].Select(o => o.Key));
        Assert.Equal([BannedApiSettings.SymbolsKey], RuleKinds.Options[RuleKinds.BannedApi].Select(o => o.Key));
    }

    private static RuleDefinition Single(string yaml)
    {
        RulesFile rules = RulesFileParser.Parse("constitution.rules.yml", yaml);
        Assert.Empty(rules.Findings);
        return Assert.Single(rules.Rules);
    }
}
