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

public sealed class MarkerTests
{
    [Fact]
    public void Open_clarification_reports_SC2010_with_its_question_and_column()
    {
        string spec = Docs.Spec.Replace("per minute per key", "per [NEEDS CLARIFICATION: which window?]");
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2010"));
        Assert.Contains("which window?", finding.Message);
        Assert.Equal(28, finding.Range.Line);
        Assert.Equal(61, finding.Range.Column);
    }

    [Fact]
    public void Clarification_in_fence_comment_inline_code_checklist_mention_or_strikethrough_is_not_open()
    {
        string spec = Docs.Spec + """

            ```
            [NEEDS CLARIFICATION: in a fence]
            ```
            ~~~~
            [NEEDS CLARIFICATION: in a tilde fence]
            ~~~~
            <!-- [NEEDS CLARIFICATION: in a comment] -->
            Write `[NEEDS CLARIFICATION: quoted]` when unsure.
            - [x] No [NEEDS CLARIFICATION] markers remain
            - ~~**FR-003**: [NEEDS CLARIFICATION: withdrawn]~~
            """;
        Assert.Empty(Check.Feature("001-quotes", spec).WithId("SC2010"));
    }

    [Fact]
    public void Needs_clarification_left_in_technical_context_reports_SC2011()
    {
        string plan = Docs.Plan.Replace("**Storage**: N/A", "**Storage**: PostgreSQL or NEEDS CLARIFICATION");
        var finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks).WithId("SC2011"));
        Assert.Contains("Storage", finding.Message);
    }

    [Theory]
    [InlineData("[FEATURE NAME]")]
    [InlineData("[###-feature-name]")]
    [InlineData("[DATE]")]
    [InlineData("$ARGUMENTS")]
    public void Template_placeholder_left_reports_SC2012(string token)
    {
        string spec = Docs.Spec.Replace("2025-01-01", token);
        var finding = Assert.Single(Check.Feature("001-quotes", spec).WithId("SC2012"));
        Assert.Contains(token, finding.Message);
    }

    [Fact]
    public void Template_example_rows_left_in_complexity_tracking_report_SC2012()
    {
        string plan = Docs.Plan + "| [e.g., 4th project] | [current need] | [why 3 projects insufficient] |\n";
        Assert.Single(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks).WithId("SC2012"));
    }
}
