using SpecConstitution.Checks.Constitution;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Checks.Constitution;

public sealed class ConstitutionTests
{
    private static IReadOnlyList<SpecConstitution.Diagnostics.Finding> With(string constitution, RulesFile? rules = null) =>
        Check.Feature("001-quotes", Docs.Spec, Docs.Plan, Docs.Tasks, constitution, rules);

    [Fact]
    public void Missing_version_line_reports_SC3011_and_a_misspelt_one_is_located()
    {
        Assert.Single(With(Docs.Constitution.Replace("**Version**: 1.2.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-02-01", "")).WithId("SC3011"));
        var misspelt = Assert.Single(With(Docs.Constitution.Replace("**Version**: 1.2.0", "Version: 1.2.0")).WithId("SC3011"));
        Assert.Equal(15, misspelt.Range.Line);
    }

    [Fact]
    public void Non_semver_version_reports_SC3012()
    {
        Assert.Single(With(Docs.Constitution.Replace("1.2.0", "1.2")).WithId("SC3012"));
    }

    [Fact]
    public void Amended_before_ratified_reports_SC3013()
    {
        Assert.Single(With(Docs.Constitution.Replace("**Last Amended**: 2025-02-01", "**Last Amended**: 2024-12-31")).WithId("SC3013"));
    }

    [Fact]
    public void Sync_impact_report_version_differing_from_version_line_reports_SC3014()
    {
        string text = "<!--\nSync Impact Report\n- Version change: 1.0.0 → 1.1.0\n-->\n" + Docs.Constitution;
        var finding = Assert.Single(With(text).WithId("SC3014"));
        Assert.Equal(3, finding.Range.Line);
        Assert.Empty(With(text.Replace("→ 1.1.0", "→ 1.2.0")).WithId("SC3014"));
    }

    [Fact]
    public void Constitution_template_tokens_report_SC3015()
    {
        string text = Docs.Constitution.Replace("### II. Tests first", "### [PRINCIPLE_2_NAME]").Replace("2025-01-01", "TODO(RATIFICATION_DATE)");
        Assert.Equal(2, With(text).WithId("SC3015").Count());
    }

    [Fact]
    public void Principle_no_rule_enforces_is_listed_once_as_SC3016()
    {
        RulesFile rules = RulesFileParser.Parse("/repo/.specify/memory/constitution.rules.yml", """
            constitution-version: 1.2.0
            rules:
              - id: endpoints-rate-limited
                principle: "I. Every public endpoint is rate limited"
                kind: endpoint-rate-limiting
            """);
        var finding = Assert.Single(With(Docs.Constitution, rules).WithId("SC3016"));
        Assert.Contains("II. Tests first", finding.Message);
        Assert.Empty(With(Docs.Constitution).WithId("SC3016"));
    }

    [Fact]
    public void Rules_version_drift_reports_SC3010()
    {
        RulesFile rules = RulesFileParser.Parse("/r.yml", "constitution-version: 1.1.0\nrules: []\n");
        var constitution = SpecConstitution.Reading.SpecKit.ConstitutionParser.Parse(new SpecConstitution.Infrastructure.Text.SourceFile("/c.md", Docs.Constitution));
        Assert.Equal("SC3010", Assert.Single(RulesConstitutionCheck.Run(rules, constitution)).Id);
    }

    [Fact]
    public void Spec_checks_severity_override_applies_and_none_removes()
    {
        RulesFile rules = RulesFileParser.Parse("/r.yml", "spec-checks:\n  SC2012: error\n  SC2071: none\n");
        string spec = Docs.Spec.Replace("2025-01-01", "[DATE]");
        string tasks = Docs.Tasks.Replace("- [ ]", "- [x]");
        var findings = Check.Feature("001-quotes", spec, Docs.Plan, tasks, rules: rules);
        Assert.Equal(SpecConstitution.Diagnostics.FindingSeverity.Error, Assert.Single(findings.WithId("SC2012")).Severity);
        Assert.Empty(findings.WithId("SC2071"));
    }
}
