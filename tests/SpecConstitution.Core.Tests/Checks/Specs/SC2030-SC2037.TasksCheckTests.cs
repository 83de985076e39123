using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.SpecKit;
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

public sealed class TasksCheckTests
{
    private static IReadOnlyList<SpecConstitution.Diagnostics.Finding> WithTasks(string tasks) => Check.Feature("001-quotes", Docs.Spec, Docs.Plan, tasks);

    [Fact]
    public void Tolerant_grammar_reads_bold_suffixed_indented_and_multi_story_tasks()
    {
        const string text = """
            - [ ] **T001** [P] Create src/a.cs
            - [X] T002a [US1,US2] Wire src/b.cs
              - [ ] T003 [P] [US1] Sub-task in src/c.cs
            - [ ] T004: colon after the id in src/d.cs
            """;
        TasksDocument doc = TasksParser.Parse(new SourceFile("/t.md", text));
        Assert.Equal(new[] { "T001", "T002a", "T003", "T004" }, doc.Tasks.Select(t => t.Id));
        Assert.Equal(new[] { "US1", "US2" }, doc.Tasks[1].Stories);
        Assert.True(doc.Tasks[1].IsDone);
        Assert.All(doc.Tasks, t => Assert.NotEmpty(t.Deviations));
        Assert.Equal("src/c.cs", Assert.Single(doc.Tasks[2].Paths).Path);
    }

    [Fact]
    public void Task_ids_in_other_scripts_digits_are_prose_not_a_crash()
    {
        // The regex's \d took Arabic-Indic digits as an ID, and int.Parse then threw on them: the whole tree failed to load.
        TasksDocument doc = TasksParser.Parse(new SourceFile("/t.md", "- [ ] T\u0661\u0662\u0663 Do src/a.cs\n- [ ] T12345678901 Long id in src/b.cs\n"));
        TaskItem task = Assert.Single(doc.Tasks);
        Assert.Equal("T12345678901", task.Id);
        Assert.Equal(123456789, task.Number);
    }

    [Theory]
    [InlineData("Wire FR-001 and SC-2a in src/a.cs", "FR-001,SC-2a")]
    [InlineData("Cites 001-auth/FR-003 (see NFR-001, docs/FR-002, x-FR-004)", "001-auth/FR-003")]
    [InlineData("FR-00012 has too many digits; FR-001ab is glued; FR-1", "FR-1")]
    [InlineData("12-auth/FR-001 is no feature folder", "")]
    public void Task_citations_are_requirement_ids_standing_alone_or_behind_a_feature_folder(string description, string expected)
    {
        TaskItem task = Assert.Single(TasksParser.Parse(new SourceFile("/t.md", "- [ ] T001 " + description + "\n")).Tasks);
        Assert.Equal(expected, string.Join(",", task.Citations.Select(c => c.Feature == null ? c.Id : c.Feature + "/" + c.Id)));
        Assert.All(task.Citations, c => Assert.Equal(c.Feature == null ? c.Id : c.Feature + "/" + c.Id, ("- [ ] T001 " + description).Substring(c.Range.Column - 1, c.Range.EndColumn - c.Range.Column)));
    }

    [Fact]
    public void Grammar_deviations_are_summarized_once_per_file_as_SC2030()
    {
        string tasks = Docs.Tasks.Replace("- [x] T001", "- [x] **T001**").Replace("- [ ] T004", "- [ ] **T004**");
        var finding = Assert.Single(WithTasks(tasks).WithId("SC2030"));
        Assert.StartsWith("2 of 4", finding.Message);
    }

    [Fact]
    public void Duplicate_task_id_reports_SC2031_and_out_of_order_reports_SC2032()
    {
        Assert.Single(WithTasks(Docs.Tasks.Replace("T003", "T002")).WithId("SC2031"));
        Assert.Single(WithTasks(Docs.Tasks.Replace("T004", "T001b").Replace("T003", "T009")).WithId("SC2032"));
    }

    [Fact]
    public void Task_ids_in_prose_are_not_tasks()
    {
        TasksDocument doc = TasksParser.Parse(new SourceFile("/t.md", "T300 timeout applies.\n- Note T005 is later\n- [ ] T001 Do src/a.cs\n"));
        Assert.Equal("T001", Assert.Single(doc.Tasks).Id);
    }

    [Fact]
    public void Story_label_the_spec_lacks_reports_SC2033()
    {
        var finding = Assert.Single(WithTasks(Docs.Tasks.Replace("[US2]", "[US7]")).WithId("SC2033"));
        Assert.Contains("US7", finding.Message);
    }

    [Fact]
    public void Story_label_in_setup_phase_reports_SC2034()
    {
        Assert.Single(WithTasks(Docs.Tasks.Replace("T001 Create", "T001 [US1] Create")).WithId("SC2034"));
    }

    [Fact]
    public void Story_with_no_task_reports_SC2035_on_the_spec()
    {
        string tasks = Docs.Tasks.Substring(0, Docs.Tasks.IndexOf("## Phase 4", StringComparison.Ordinal));
        var finding = Assert.Single(WithTasks(tasks).WithId("SC2035"));
        Assert.EndsWith("spec.md", finding.FilePath);
    }

    [Fact]
    public void Foundational_phase_written_for_one_story_serves_that_story()
    {
        string tasks = Docs.Tasks.Replace("## Phase 4: User Story 2 - Operator sees limits (Priority: P2)", "## Phase 2: Foundational (limits view - US2)").Replace("T004 [US2]", "T004");
        var findings = WithTasks(tasks);
        Assert.Empty(findings.WithId("SC2035"));
        Assert.Empty(findings.WithId("SC2034"));
    }

    [Fact]
    public void Parallel_tasks_on_one_file_report_SC2036()
    {
        string tasks = Docs.Tasks.Replace("tests/Quotes.Tests/RateLimitingTests.cs", "src/Quotes/RateLimiting.cs");
        var finding = Assert.Single(WithTasks(tasks).WithId("SC2036"));
        Assert.Contains("T002", finding.Message);
    }

    [Fact]
    public void Task_without_any_path_reports_SC2037_but_routes_and_prose_are_not_paths()
    {
        var findings = WithTasks(Docs.Tasks.Replace("Add endpoint in src/Quotes/LimitsEndpoint.cs", "Add POST /api/limits and/or Node.js support"));
        Assert.Single(findings.WithId("SC2037"));
    }

    [Fact]
    public void Requirement_not_cited_reports_SC2040_once_tasks_cite_requirements()
    {
        Assert.Empty(WithTasks(Docs.Tasks).WithId("SC2040"));
        var finding = Assert.Single(WithTasks(Docs.Tasks.Replace("Add limiter", "Add limiter (FR-001)")).WithId("SC2040"));
        Assert.Contains("FR-002", finding.Message);
    }

    [Fact]
    public void Unknown_or_qualified_unknown_requirement_reports_SC2041()
    {
        Assert.Single(WithTasks(Docs.Tasks.Replace("Add limiter", "Add limiter (FR-009)")).WithId("SC2041"));
        Assert.Single(WithTasks(Docs.Tasks.Replace("Add limiter", "Add limiter (002-missing/FR-001)")).WithId("SC2041"));
        Assert.Empty(WithTasks(Docs.Tasks.Replace("Add limiter", "Add limiter (001-quotes/FR-001, FR-002)")).WithId("SC2041"));
    }

    [Theory]
    [InlineData("- [x] T001 Run `bash tests/run.sh` and `npm test`", "tests/run.sh")]
    [InlineData("- [x] T001 Add `Program.cs` wiring", "Program.cs")]
    [InlineData("- [x] T001 Call `builder.Build()` and honour `config.ignore`", "")]
    [InlineData("- [x] T001 Map POST /api/items and/or GET https://x.io/a.json", "")]
    [InlineData("- [x] T001 Edit src/Api/Items.cs:42 (lines 3-9)", "src/Api/Items.cs")]
    [InlineData("- [x] T001 Fix `src/a.cs and src/b.cs` then\tdocs/c.md", "src/a.cs;src/b.cs;docs/c.md")]
    [InlineData("- [x] T001 Empty `` pair before src/a.cs and `README.MD` then a lone ` tick", "src/a.cs")]
    [InlineData("- [x] T001 Bump Node.js, see e.g. docs and `v1.2` or `a.toolongextension`", "")]
    [InlineData("- [x] T001 Update `Web.config` and `notes.txt`", "notes.txt")]
    public void Only_clear_paths_are_task_paths(string line, string expected)
    {
        TasksDocument doc = TasksParser.Parse(new SourceFile("/t.md", line + "\n"));
        Assert.Equal(expected, string.Join(";", Assert.Single(doc.Tasks).Paths.Select(p => p.Path)));
    }

    [Fact]
    public void Task_path_columns_point_at_the_path_inside_code_spans_and_punctuation()
    {
        const string line = "- [x] T001 Edit (`src/a.cs`) and \"docs/b.md\".";
        TasksDocument doc = TasksParser.Parse(new SourceFile("/t.md", line + "\n"));
        var paths = Assert.Single(doc.Tasks).Paths;
        Assert.Equal(new[] { line.IndexOf("src/a.cs", StringComparison.Ordinal) + 1, line.IndexOf("docs/b.md", StringComparison.Ordinal) + 1 }, paths.Select(p => p.Range.Column));
    }
}
