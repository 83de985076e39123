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

public sealed class PlanAndLifecycleTests
{
    [Fact]
    public void Plan_without_constitution_check_reports_SC2060()
    {
        string plan = Docs.Plan.Replace("## Constitution Check", "## Gates");
        Assert.Single(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks).WithId("SC2060"));
    }

    [Fact]
    public void Plan_from_the_chinese_templates_has_its_constitution_check_recognized()
    {
        string plan = Docs.Plan.Replace("## Constitution Check", "## 宪法检查").Replace("## Technical Context", "## 技术上下文");
        var findings = Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks);
        Assert.Empty(findings.WithId("SC2060"));
        Assert.Equal(9, SpecConstitution.Reading.SpecKit.PlanParser.Parse(new SpecConstitution.Infrastructure.Text.SourceFile("/p.md", plan)).TechnicalContext.Count);
    }

    [Fact]
    public void Failing_principle_without_complexity_row_reports_SC2061_and_a_row_justifies_it()
    {
        string failing = Docs.Plan.Replace("| I. Rate limited | PASS |", "| I. Rate limited | FAIL: one endpoint is open |");
        Assert.Single(Check.Feature("001-quotes", Docs.Spec, failing, Docs.Tasks).WithId("SC2061"));

        string justified = failing + "| Open /health | probes | rate limiting probes breaks k8s |\n";
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, justified, Docs.Tasks).WithId("SC2061"));
    }

    [Fact]
    public void Principle_names_with_fail_in_prose_are_not_violations()
    {
        string plan = Docs.Plan.Replace("| I. Rate limited | PASS |", "| I. Fail closed | failing tests come first; no violations |");
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks).WithId("SC2061"));
    }

    [Fact]
    public void Plan_citing_another_constitution_version_reports_SC2062()
    {
        string plan = Docs.Plan + "\n*Based on Constitution v2.1.1*\n";
        var finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks, Docs.Constitution).WithId("SC2062"));
        Assert.Contains("2.1.1", finding.Message);
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, Docs.Plan + "\nChecked against constitution v1.2.0.\n", Docs.Tasks, Docs.Constitution).WithId("SC2062"));
    }

    [Fact]
    public void Complete_spec_with_open_tasks_reports_SC2070()
    {
        string spec = Docs.Spec.Replace("**Status**: Draft", "**Status**: Implemented");
        var finding = Assert.Single(Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks).WithId("SC2070"));
        Assert.Contains("2 of 4", finding.Message);
    }

    [Fact]
    public void All_tasks_done_with_draft_spec_reports_SC2071_as_info()
    {
        string tasks = Docs.Tasks.Replace("- [ ]", "- [X]");
        var finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks).WithId("SC2071"));
        Assert.Equal(SpecConstitution.Diagnostics.FindingSeverity.Info, finding.Severity);
    }

    [Fact]
    public void Unchecked_checklist_items_after_all_tasks_done_report_SC2072()
    {
        string tasks = Docs.Tasks.Replace("- [ ]", "- [x]");
        var findings = Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks, checklists: ("requirements.md", "# Checklist\n\n- [x] CHK001 Done\n- [ ] CHK002 Not done\n"));
        var finding = Assert.Single(findings.WithId("SC2072"));
        Assert.Equal(4, finding.Range.Line);
        Assert.Equal(7, finding.Range.Column);
    }
}
