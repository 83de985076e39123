using SpecConstitution.Checks.Specs;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Checks.Specs;

public sealed class SpecStructureTests
{
    [Fact]
    public void Complete_current_format_feature_has_no_findings()
    {
        var findings = Check.Feature("001-quotes", Docs.Spec, Docs.Plan, Docs.Tasks, Docs.Constitution);
        Assert.Empty(findings);
    }

    [Fact]
    public void Requirement_id_in_another_scripts_digits_is_malformed_not_a_crash()
    {
        // \d in the declaration grammar admits Arabic-Indic digits; int.Parse then threw and the tree failed to load.
        string spec = Docs.Spec.Replace("**FR-001**", "**FR-\u0661\u0662\u0663**");
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2023"));
        Assert.Contains("FR-\u0661\u0662\u0663", finding.Message);
    }

    [Fact]
    public void Spec_without_success_criteria_reports_SC2020()
    {
        string spec = Docs.Spec.Substring(0, Docs.Spec.IndexOf("## Success Criteria", StringComparison.Ordinal));
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2020"));
        Assert.Contains("Success Criteria", finding.Message);
        Assert.Equal(1, finding.Range.Line);
    }

    [Fact]
    public void Legacy_spec_without_success_criteria_is_recognized_and_not_reported()
    {
        const string legacy = """
            # Feature Specification: Old

            **Status**: Draft

            ## Execution Flow (main)
            ```
            1. Mark with [NEEDS CLARIFICATION: specific question]
            ```

            ## User Scenarios & Testing *(mandatory)*

            ### Primary User Story
            A user does a thing.

            ### Acceptance Scenarios
            1. **Given** a state, **When** an action, **Then** an outcome

            ## Requirements *(mandatory)*

            - **FR-001**: System MUST do the thing
            """;
        var findings = Check.Feature("001-old", legacy);
        Assert.Empty(findings);
        Assert.Equal(SpecConstitution.Model.SpecKit.DocumentFormat.Legacy, SpecConstitution.Reading.SpecKit.SpecParser.Parse(new SpecConstitution.Infrastructure.Text.SourceFile("/s.md", legacy)).Format);
    }

    [Fact]
    public void Story_without_priority_reports_SC2021_at_its_heading()
    {
        string spec = Docs.Spec.Replace("### User Story 2 - Operator sees limits (Priority: P2)", "### User Story 2 - Operator sees limits");
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2021"));
        Assert.Equal(18, finding.Range.Line);
    }

    [Fact]
    public void Story_without_scenarios_reports_SC2022()
    {
        string spec = Docs.Spec.Replace("1. **Given** a dashboard, **When** opened, **Then** limits show", "It just works.");
        Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2022"));
    }

    [Fact]
    public void Story_heading_with_em_dash_is_a_story()
    {
        string spec = Docs.Spec.Replace("### User Story 2 - Operator", "### User Story 2 — Operator");
        Assert.Empty(Check.Feature("001-quotes", spec));
    }

    [Fact]
    public void Malformed_requirement_id_reports_SC2023()
    {
        string spec = Docs.Spec.Replace("**FR-002**", "**FR-2**");
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2023"));
        Assert.Contains("FR-2", finding.Message);
    }

    [Fact]
    public void Duplicate_requirement_id_reports_SC2024_on_the_second()
    {
        string spec = Docs.Spec.Replace("**FR-002**", "**FR-001**");
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2024"));
        Assert.Equal(29, finding.Range.Line);
    }

    [Fact]
    public void Gap_in_numbering_reports_SC2025_but_a_withdrawn_id_fills_it()
    {
        string gap = Docs.Spec.Replace("**FR-002**", "**FR-004**");
        Assert.Single(Check.Feature("001-quotes", gap).WithId("SC2025"));

        string withdrawn = gap.Replace("- **FR-004**", "- ~~**FR-002**: dropped~~\n- ~~**FR-003**: dropped~~\n- **FR-004**");
        Assert.Empty(Check.Feature("001-quotes", withdrawn).WithId("SC2025"));
    }

    [Fact]
    public void A_gap_up_to_a_withdrawn_id_is_reported_at_the_struck_through_line()
    {
        // Found while rewriting the gap check: the number after the gap was looked up among live requirements only,
        // and the check threw (SC5099 in the build, AD0001 in the IDE).
        string spec = Docs.Spec.Replace("- **FR-002**: System MUST expose the current limit per key", "- ~~**FR-005**~~: dropped");
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2025"));
        Assert.Contains("FR-001 to FR-005", finding.Message);
        string line = spec.Split('\n')[finding.Range.Line - 1];
        Assert.Equal("FR-005", line.Substring(finding.Range.Column - 1, 6));
    }

    [Fact]
    public void Same_requirement_text_after_normalization_reports_SC2026()
    {
        string spec = Docs.Spec.Replace("System MUST expose the current limit per key", "system must REFUSE more than 100 requests, per minute per key.");
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2026"));
        Assert.Contains("FR-002 says the same as FR-001", finding.Message);
    }

    [Fact]
    public void Vague_adjective_without_a_number_reports_SC2027_and_with_a_number_does_not()
    {
        string vague = Docs.Spec.Replace("System MUST expose the current limit per key", "System MUST be fast");
        Assert.Single(Check.Feature("001-quotes", vague).WithId("SC2027"));

        string measured = Docs.Spec.Replace("System MUST expose the current limit per key", "System MUST be fast: under 20 ms");
        Assert.Empty(Check.Feature("001-quotes", measured).WithId("SC2027"));
    }

    [Fact]
    public void Vague_word_list_is_configurable()
    {
        string spec = Docs.Spec.Replace("System MUST expose the current limit per key", "System MUST be snappy");
        Assert.Empty(Check.Feature("001-quotes", spec).WithId("SC2027"));
        var options = SpecCheckOptions.WithVagueWords("snappy;zippy");
        options.CheckPhantomCompletions = false;
        Assert.Single(Check.Feature("001-quotes", spec, options: options).WithId("SC2027"));
    }

    [Fact]
    public void Requirement_ids_in_prose_are_not_declarations()
    {
        string spec = Docs.Spec + "\nAs FR-009 says, and SC-044 too, T300 timeout.\n";
        Assert.Empty(Check.Feature("001-quotes", spec));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n")]
    public void A_blank_spec_and_plan_are_not_checked_for_sections(string blank)
    {
        // The parsed documents no longer keep their text: whether it was blank is kept instead (DocumentSource).
        var findings = Check.Feature("001-quotes", blank, blank, constitution: Docs.Constitution);

        Assert.Empty(findings.WithId("SC2020"));
        Assert.Empty(findings.WithId(SpecConstitution.Diagnostics.DiagnosticCatalog.ConstitutionCheckMissing.Id));
    }

    [Fact]
    public void A_document_keeps_where_it_came_from_and_whether_it_was_blank_not_its_text()
    {
        var blank = SpecConstitution.Reading.SpecKit.SpecParser.Parse(new SpecConstitution.Infrastructure.Text.SourceFile("/r/specs/001-a/spec.md", " \n "));
        var written = SpecConstitution.Reading.SpecKit.SpecParser.Parse(new SpecConstitution.Infrastructure.Text.SourceFile("/r/specs/001-a/spec.md", Docs.Spec));

        Assert.True(blank.File.IsBlank);
        Assert.False(written.File.IsBlank);
        Assert.Equal("/r/specs/001-a/spec.md", written.File.Path);
    }
}
