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
        // Issue 20: an older version is stale (SC2062); a newer one than the constitution ever had is the template's
        // example footer (SC2092, below).
        string plan = Docs.Plan + "\n*Based on Constitution v1.0.0*\n";
        var finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks, Docs.Constitution).WithId("SC2062"));
        Assert.Contains("1.0.0", finding.Message);
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, Docs.Plan + "\nChecked against constitution v1.2.0.\n", Docs.Tasks, Docs.Constitution).WithId("SC2062"));
    }

    [Fact]
    public void Plan_citing_a_version_the_constitution_never_reached_reports_SC2092_not_SC2062()
    {
        string plan = Docs.Plan + "\n*Based on Constitution v2.1.1 - See `/memory/constitution.md`*\n";
        IReadOnlyList<SpecConstitution.Diagnostics.Finding> findings = Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks, Docs.Constitution);
        Assert.Empty(findings.WithId("SC2062"));
        var finding = Assert.Single(findings.WithId("SC2092"));
        Assert.Equal(SpecConstitution.Diagnostics.FindingSeverity.Info, finding.Severity);
        Assert.Contains("v2.1.1", finding.Message);
        Assert.Contains("it is at 1.2.0", finding.Message);
        Assert.Equal(plan.Split('\n').Length - 1, finding.Range.Line);
    }

    [Fact]
    public void A_finished_features_plan_is_not_stale_for_citing_the_version_it_was_checked_against()
    {
        string plan = Docs.Plan + "\n*Based on Constitution v1.0.0*\n";
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks.Replace("- [ ]", "- [X]"), Docs.Constitution).WithId("SC2062"));
    }

    [Fact]
    public void A_justification_table_inside_the_constitution_check_is_not_a_violation()
    {
        string plan = Docs.Plan.Replace("## Constitution Check", "## Constitution Check\n\n| Principle | Status |\n|---|---|\n| III. Test-First | ✅ PASS (exception) |\n\n### Deviation\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| No CI tests | single-user tool | CI costs more than the tool |\n");
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks, Docs.Constitution).WithId("SC2061"));
    }

    [Fact]
    public void Complete_spec_with_open_tasks_reports_SC2070()
    {
        string spec = Docs.Spec.Replace("**Status**: Draft", "**Status**: Implemented");
        var finding = Assert.Single(Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks).WithId("SC2070"));
        Assert.Contains("2 of 4", finding.Message);
    }

    [Fact]
    public void All_tasks_done_with_draft_spec_reports_SC2071_as_info_where_the_repository_keeps_status()
    {
        // Issue 20: only a tree whose specs show statuses besides Draft maintains the field (Spec-Kit never does).
        using var tree = new TempTree();
        tree.Write("specs/001-quotes/spec.md", Docs.Spec);
        tree.Write("specs/001-quotes/tasks.md", Docs.Tasks.Replace("- [ ]", "- [X]"));
        Assert.Empty(SpecConstitution.Checks.Specs.SpecChainChecker.Check(SpecConstitution.Reading.Tree.SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2071"));

        tree.Write("specs/002-limits/spec.md", Docs.Spec.Replace("**Status**: Draft", "**Status**: Implemented"));
        var finding = Assert.Single(SpecConstitution.Checks.Specs.SpecChainChecker.Check(SpecConstitution.Reading.Tree.SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2071"));
        Assert.Equal(SpecConstitution.Diagnostics.FindingSeverity.Info, finding.Severity);
        Assert.EndsWith(Path.Combine("001-quotes", "spec.md"), finding.FilePath);
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
