using SpecConstitution.Checks.Specs;
using SpecConstitution.Core.Tests.Support;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Core.Tests.Checks.Specs;

/// <summary>Issue 20: what real teams write that the checks must read as they meant it, and the findings that stay.</summary>
public sealed class RealTreeFormatsTests
{
    [Fact]
    public void A_document_wrapped_whole_in_a_code_fence_reports_SC2090_at_the_fence()
    {
        string tasks = "```markdown\n" + Docs.Tasks + "\n```\n";
        Finding finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks).WithId("SC2090"));
        Assert.Equal(1, finding.Range.Line);
        Assert.Equal(1, finding.Range.Column);
        Assert.EndsWith("specs/001-quotes/tasks.md", finding.FilePath);
        Assert.Contains("001-quotes/tasks.md is wrapped whole in a Markdown code fence ('```markdown')", finding.Message);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void A_document_with_code_blocks_inside_is_not_wrapped()
    {
        string plan = "```text\nnot a heading\n```\n\n" + Docs.Plan;
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks).WithId("SC2090"));
    }

    [Fact]
    public void A_spec_appended_to_itself_reports_SC2091_at_the_second_title()
    {
        string spec = Docs.Spec + "\n\n" + Docs.Spec;
        Finding finding = Assert.Single(Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks).WithId("SC2091"));
        int secondTitle = Array.FindLastIndex(spec.Split('\n'), l => l.StartsWith("# Feature Specification", StringComparison.Ordinal)) + 1;
        Assert.Equal(secondTitle, finding.Range.Line);
        Assert.Contains("'Feature Specification: Quotes rate limiting'", finding.Message);
    }

    [Fact]
    public void A_closing_report_that_repeats_the_branch_line_is_not_a_second_copy()
    {
        string plan = Docs.Plan + "\n## Completion Report\n\n**Branch**: `001-quotes`\n";
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, plan, Docs.Tasks).WithId("SC2091"));
    }

    [Fact]
    public void Letter_suffixed_requirement_ids_follow_the_grammar()
    {
        string spec = Docs.Spec.Replace("- **FR-002**", "- **FR-001a**: System MUST log refusals\n- **FR-002**");
        Assert.Empty(Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks).WithId("SC2023"));
    }

    [Fact]
    public void A_localized_spec_is_not_held_to_the_english_section_names()
    {
        string spec = "# Спецификация фичи: Квоты\n\n**Feature Branch**: `001-quotes`\n\n## Пользовательские сценарии и тестирование *(обязательно)*\n\n## Требования *(обязательно)*\n\n## Success Criteria *(обязательно)*\n";
        Assert.Empty(Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks).WithId("SC2020"));
    }

    [Fact]
    public void A_template_spec_that_lost_one_section_still_reports_it_once()
    {
        string spec = Docs.Spec.Replace("## Success Criteria *(mandatory)*", "## Outcomes");
        Finding finding = Assert.Single(Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks).WithId("SC2020"));
        Assert.Contains("'Success Criteria'", finding.Message);
    }

    [Fact]
    public void Localized_priorities_and_scenarios_are_read()
    {
        string spec = Docs.Spec
            .Replace("(Priority: P1)", "(Prioridade: P1)")
            .Replace("1. **Given** 100 requests in a minute, **When** one more arrives, **Then** it gets 429", "1. **Dado** 100 pedidos num minuto, **quando** chega mais um, **então** recebe 429");
        IReadOnlyList<Finding> findings = Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks);
        Assert.Empty(findings.WithId("SC2021"));
        Assert.Empty(findings.WithId("SC2022"));
    }

    [Fact]
    public void Parallel_tasks_sharing_a_file_are_one_finding_per_file_naming_every_task()
    {
        string tasks = "## Phase 1: Setup\n\n- [ ] T001 [P] Add A in src/Q/Shared.cs\n- [ ] T002 [P] Add B in src/Q/Shared.cs\n- [ ] T003 [P] Add C in src/Q/Shared.cs\n";
        Finding finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks).WithId("SC2036"));
        Assert.Equal("Tasks 'T001', 'T002', 'T003' are all marked [P] in one phase but all 3 touch src/Q/Shared.cs", finding.Message);
        Assert.Equal(4, finding.Range.Line);
    }

    [Fact]
    public void Parallel_tasks_that_only_consult_or_run_a_file_do_not_conflict()
    {
        string tasks = "## Phase 1: Setup\n\n- [ ] T001 [P] Implement the breaker in src/Q/Breaker.cs per research.md R7\n- [ ] T002 [P] Implement the client in src/Q/Client.cs per research.md R2\n" +
            "- [ ] T003 [P] Run tests: `dotnet test tests/Q.Tests/Q.Tests.csproj`\n- [ ] T004 [P] Verify coverage with `dotnet test tests/Q.Tests/Q.Tests.csproj`\n";
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks).WithId("SC2036"));
    }

    [Fact]
    public void Tasks_without_paths_are_one_finding_per_file_and_tasks_that_change_no_file_are_not_counted()
    {
        string tasks = "## Phase 1: Setup\n\n- [ ] T001 Write the limiter\n- [ ] T002 Write the endpoint\n- [ ] T003 Run the full test suite\n- [ ] T004 [US1] Verify: a 101st request gets 429\n- [ ] T005 Add test in tests/Q.Tests/QTests.cs\n";
        Finding finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks).WithId("SC2037"));
        Assert.Equal("2 of 5 tasks in 001-quotes/tasks.md name no file path (first 'T001'): Spec-Kit tasks say exactly which file they change", finding.Message);
        Assert.Equal(3, finding.Range.Line);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
    }

    [Fact]
    public void Uncovered_requirements_are_one_finding_and_only_when_tasks_trace_most_requirements()
    {
        string spec = Docs.Spec.Replace("- **FR-002**", "- **FR-002**: System MUST x\n- **FR-003**: System MUST y\n- **FR-004**");
        string mostCited = "## Phase 1: Setup\n\n- [ ] T001 FR-001 in src/Q/A.cs\n- [ ] T002 FR-002 in src/Q/B.cs\n- [ ] T003 FR-003 in src/Q/C.cs\n";
        Finding finding = Assert.Single(Check.Feature("001-quotes", spec, Docs.Plan, mostCited).WithId("SC2040"));
        Assert.Equal("1 of 4 functional requirements are cited by no task in 001-quotes/tasks.md (FR-004), while its tasks cite the others", finding.Message);

        string fewCited = "## Phase 1: Setup\n\n- [ ] T001 FR-001 in src/Q/A.cs\n- [ ] T002 [US1] in src/Q/B.cs\n";
        Assert.Empty(Check.Feature("001-quotes", spec, Docs.Plan, fewCited).WithId("SC2040"));
    }

    [Fact]
    public void Duplicate_prefixes_are_one_finding_per_prefix()
    {
        using var tree = new TempTree();
        foreach (string name in new[] { "001-a", "001-b", "001-c" })
        {
            tree.Write($"specs/{name}/spec.md", Docs.Spec);
        }

        Finding finding = Assert.Single(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2003"));
        Assert.Contains("001-a, 001-b, 001-c share the prefix '001'", finding.Message);
        Assert.EndsWith(Path.Combine("001-b", "spec.md"), finding.FilePath);
    }

    [Fact]
    public void A_story_marked_as_needing_no_work_is_owed_neither_tasks_nor_scenarios()
    {
        string spec = Docs.Spec.Replace("### User Story 2 - Operator sees limits (Priority: P2)\n\n**Acceptance Scenarios**:\n\n1. **Given** a dashboard, **When** opened, **Then** limits show",
            "### User Story 2 - Operator sees limits (Priority: P2) — PRE-SATISFIED\n\nNo implementation work required.");
        string tasks = Docs.Tasks.Substring(0, Docs.Tasks.IndexOf("## Phase 4", StringComparison.Ordinal));
        IReadOnlyList<Finding> findings = Check.Feature("001-quotes", spec, Docs.Plan, tasks);
        Assert.Empty(findings.WithId("SC2021"));
        Assert.Empty(findings.WithId("SC2022"));
        Assert.Empty(findings.WithId("SC2035"));
    }

    [Fact]
    public void Phantom_completions_understand_directories_dotted_project_folders_and_removed_folders()
    {
        using var tree = new TempTree();
        tree.Write("specs/001-quotes/spec.md", Docs.Spec);
        tree.Write("specs/001-quotes/plan.md", Docs.Plan);
        tree.Write("specs/001-quotes/tasks.md", "## Phase 1: Setup\n\n" +
            "- [x] T001 Create project folder src/My.App.Web\n" +
            "- [x] T002 Scaffold `src/My.App.Web/`\n" +
            "- [x] T003 Write specs/001-quotes/readiness/report.md\n" +
            "- [x] T004 Add src/My.App.Web/Missing.cs\n");
        tree.Write("src/My.App.Web/Program.cs", "class P {}");
        tree.Write("LICENSE", "MIT");

        Finding finding = Assert.Single(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2050"));
        Assert.Contains("'T004'", finding.Message);
        Assert.Contains("src/My.App.Web/Missing.cs", finding.Message);
    }

    [Fact]
    public void A_checkout_with_only_documents_and_a_licence_judges_only_the_spec_kit_documents()
    {
        using var tree = new TempTree();
        tree.Write("specs/001-quotes/spec.md", Docs.Spec);
        tree.Write("specs/001-quotes/plan.md", Docs.Plan);
        tree.Write("specs/001-quotes/tasks.md", "## Phase 1: Setup\n\n- [x] T001 Add src/Q/Code.cs\n- [x] T002 Write specs/001-quotes/research.md\n");
        tree.Write("LICENSE", "MIT");
        tree.Write("docs/guide.md", "# Guide");

        Finding finding = Assert.Single(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2050"));
        Assert.Contains("specs/001-quotes/research.md", finding.Message);
    }

    [Theory]
    [InlineData("FR-001~004")]
    [InlineData("FR-001-004")]
    [InlineData("FR-001..004")]
    [InlineData("FR-001..FR-004")]
    [InlineData("FR-001 through FR-004")]
    [InlineData("FR-001〜004")]
    [InlineData("FR-001–004")]
    public void A_cited_range_covers_every_requirement_in_it(string range)
    {
        string spec = Docs.Spec.Replace("- **FR-002**", "- **FR-002**: System MUST x\n- **FR-003**: System MUST y\n- **FR-004**");
        string tasks = $"## Phase 1: Setup\n\n- [ ] T001 Implement {range} in src/Q/A.cs\n";
        IReadOnlyList<Finding> findings = Check.Feature("001-quotes", spec, Docs.Plan, tasks);
        Assert.Empty(findings.WithId("SC2040"));
        Assert.Empty(findings.WithId("SC2041"));
    }

    [Fact]
    public void A_range_past_the_declared_requirements_accuses_only_the_written_end()
    {
        string tasks = "## Phase 1: Setup\n\n- [ ] T001 Implement FR-001 through FR-005 in src/Q/A.cs\n";
        Finding finding = Assert.Single(Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks).WithId("SC2041"));
        Assert.Contains("FR-005", finding.Message);
    }

    [Fact]
    public void A_feature_qualified_id_is_not_read_as_a_range()
    {
        string tasks = "## Phase 1: Setup\n\n- [ ] T001 Implement FR-001-104 in src/Q/A.cs\n";
        Assert.Empty(Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks).WithId("SC2041"));
    }

    [Fact]
    public void Decorated_checkboxes_are_tasks()
    {
        string tasks = "## Phase 1: Setup\n\n- [x] ✅ T001 Add src/Q/A.cs\n- [ ] 🟡 T002 Add src/Q/B.cs\n- [ ] ⬜ T003 Add src/Q/C.cs\n";
        var tree = SpecConstitution.Reading.Tree.SpecKitTreeBuilder.Build(Check.Root, null, new[]
        {
            new SpecConstitution.Reading.Tree.SpecKitDocumentFile(Check.Root + "/specs/001-quotes/tasks.md", new SpecConstitution.Infrastructure.Text.SourceFile(Check.Root + "/specs/001-quotes/tasks.md", tasks)),
        });
        TasksDocument parsed = Assert.Single(tree.Features).Tasks!;
        Assert.Equal(new[] { "T001", "T002", "T003" }, parsed.Tasks.Select(t => t.Id));
        Assert.Equal(1, parsed.DoneCount);
    }

    [Fact]
    public void A_spec_whose_own_ids_follow_another_scheme_is_not_flooded_but_its_odd_one_out_is_reported()
    {
        string teamScheme = Docs.Spec.Replace("**FR-001**", "**FR-0001**").Replace("**FR-002**", "**FR-0002**").Replace("**SC-001**", "**SC-0001**");
        Assert.Empty(Check.Feature("001-quotes", teamScheme, Docs.Plan, Docs.Tasks).WithId("SC2023"));

        string oddOne = Docs.Spec.Replace("**FR-002**", "**FR-02**");
        Assert.Contains("'FR-02'", Assert.Single(Check.Feature("001-quotes", oddOne, Docs.Plan, Docs.Tasks).WithId("SC2023")).Message);
    }

    [Fact]
    public void A_repository_that_never_plans_is_told_once_by_SC2093_not_once_per_feature_by_SC2002()
    {
        using var tree = new TempTree();
        foreach (string name in new[] { "001-a", "002-b", "003-c" })
        {
            tree.Write($"specs/{name}/spec.md", Docs.Spec);
            tree.Write($"specs/{name}/tasks.md", Docs.Tasks);
        }

        IReadOnlyList<Finding> findings = SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);
        Assert.Empty(findings.WithId("SC2002"));
        Finding finding = Assert.Single(findings.WithId("SC2093"));
        Assert.Equal("3 features have tasks.md but no feature has plan.md: /speckit.plan is skipped throughout: a convention of this repository, reported once instead of once per feature", finding.Message);
        Assert.EndsWith(Path.Combine("001-a", "tasks.md"), finding.FilePath);
        Assert.Equal(FindingSeverity.Info, finding.Severity);

        tree.Write("specs/002-b/plan.md", Docs.Plan);
        findings = SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);
        Assert.Empty(findings.WithId("SC2093"));
        Assert.Equal(2, findings.WithId("SC2002").Count());
    }

    [Fact]
    public void A_repository_without_any_given_when_then_is_told_once()
    {
        using var tree = new TempTree();
        string noScenarios = Docs.Spec.Replace("1. **Given** 100 requests in a minute, **When** one more arrives, **Then** it gets 429", "Refused with 429.")
            .Replace("1. **Given** a dashboard, **When** opened, **Then** limits show", "The dashboard shows limits.");
        tree.Write("specs/001-a/spec.md", noScenarios);
        tree.Write("specs/002-b/spec.md", noScenarios);

        IReadOnlyList<Finding> findings = SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null);
        Assert.Empty(findings.WithId("SC2022"));
        Finding finding = Assert.Single(findings.WithId("SC2093"));
        Assert.StartsWith("4 user stories in 2 specs have no Given/When/Then acceptance scenario, and no spec has one", finding.Message);
    }
}
