using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Reading.SpecKit;

/// <summary>Spec-Kit's own templates (current and the August 2025 generation) parse into the structure they define.</summary>
public sealed class TemplateTests
{
    private static SourceFile? Read(string relativePath)
    {
        string? path = SharedCorpus.Template(relativePath);
        return path != null && File.Exists(path) ? new SourceFile(path, File.ReadAllText(path)) : null;
    }

    [Fact]
    public void Current_spec_template_has_prioritized_stories_requirements_and_its_placeholders()
    {
        SourceFile? file = Read("templates/spec-template.md");
        if (file == null)
        {
            return;
        }

        SpecDocument spec = SpecParser.Parse(file);
        Assert.Equal(DocumentFormat.Current, spec.Format);
        Assert.Equal(new[] { "P1", "P2", "P3" }, spec.Stories.Select(s => s.Priority));
        Assert.All(spec.Stories, s => Assert.True(s.ScenarioCount > 0));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"FR-{i:000}"), spec.Requirements.Where(r => r.Prefix == "FR").Select(r => r.Id));
        Assert.Equal(4, spec.Requirements.Count(r => r.Prefix == "SC"));
        Assert.Equal("Draft", spec.Status);
        Assert.Contains(spec.Placeholders, p => p.Token == "[FEATURE NAME]");
        Assert.Contains(spec.Placeholders, p => p.Token == "$ARGUMENTS");
        Assert.Equal(2, spec.Clarifications.Count); // the template's own FR-006/FR-007 examples
    }

    [Fact]
    public void August_2025_spec_template_is_legacy_with_a_primary_story()
    {
        SourceFile? file = Read("legacy-28fdfaa8/templates_spec-template.md");
        if (file == null)
        {
            return;
        }

        SpecDocument spec = SpecParser.Parse(file);
        Assert.Equal(DocumentFormat.Legacy, spec.Format);
        Assert.Equal(0, Assert.Single(spec.Stories).Number);
        Assert.True(spec.ScenarioCount > 0);
    }

    [Fact]
    public void Plan_templates_have_the_nine_technical_context_fields_and_a_constitution_check()
    {
        foreach (string path in new[] { "templates/plan-template.md", "legacy-28fdfaa8/templates_plan-template.md" })
        {
            SourceFile? file = Read(path);
            if (file == null)
            {
                continue;
            }

            PlanDocument plan = PlanParser.Parse(file);
            Assert.Equal(PlanParser.TechnicalContextFields, plan.TechnicalContext.Select(f => f.Name));
            Assert.NotNull(plan.ConstitutionCheck);
            Assert.Empty(plan.Violations);
        }

        SourceFile? legacy = Read("legacy-28fdfaa8/templates_plan-template.md");
        if (legacy != null)
        {
            Assert.Equal(DocumentFormat.Legacy, PlanParser.Parse(legacy).Format);
        }
    }

    [Fact]
    public void Tasks_templates_have_classified_phases_and_strict_task_lines()
    {
        SourceFile? current = Read("templates/tasks-template.md");
        if (current != null)
        {
            TasksDocument tasks = TasksParser.Parse(current);
            Assert.Equal("T001", tasks.Tasks[0].Id);
            Assert.Contains(tasks.Phases, p => p.Kind == TaskPhaseKind.Setup);
            Assert.Contains(tasks.Phases, p => p.Kind == TaskPhaseKind.Foundational);
            Assert.Contains(tasks.Phases, p => p.Kind == TaskPhaseKind.UserStory && p.Story == "US1");
            Assert.Contains(tasks.Phases, p => p.Kind == TaskPhaseKind.Polish);
            Assert.All(tasks.Tasks, t => Assert.Empty(t.Deviations));
            Assert.Contains(tasks.Tasks, t => t.IsParallel && t.Stories.SequenceEqual(new[] { "US1" }));
        }

        SourceFile? legacy = Read("legacy-28fdfaa8/templates_tasks-template.md");
        if (legacy != null)
        {
            TasksDocument tasks = TasksParser.Parse(legacy);
            Assert.Equal(TaskPhaseKind.Setup, tasks.Phases[0].Kind);
            Assert.True(tasks.Tasks.Count >= 20);
        }
    }

    [Fact]
    public void Constitution_template_is_all_placeholders_and_no_version()
    {
        SourceFile? file = Read("templates/constitution-template.md");
        if (file == null)
        {
            return;
        }

        ConstitutionDocument constitution = ConstitutionParser.Parse(file);
        Assert.Equal("[CONSTITUTION_VERSION]", constitution.Version);
        Assert.Contains(constitution.Placeholders, p => p.Token == "[PRINCIPLE_1_NAME]");
        Assert.Equal(5, constitution.Principles.Count);
    }

    [Fact]
    public void Spec_kits_own_constitution_has_a_semver_version_line()
    {
        SourceFile? file = Read("speckit-own-constitution.md");
        if (file == null)
        {
            return;
        }

        ConstitutionDocument constitution = ConstitutionParser.Parse(file);
        Assert.NotNull(constitution.Version);
        Assert.NotEmpty(constitution.Principles);
    }
}
