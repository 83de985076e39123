using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Reading.SpecKit;

/// <summary>Issue 20: the repository's own .specify templates (overrides, presets) define the format the checks hold specs and plans to.</summary>
public sealed class RepositoryTemplateTests
{
    private const string JapaneseSpecTemplate = """
        # 機能仕様: [FEATURE NAME]

        **機能ブランチ**: `[###-feature-name]`

        ## ユーザーシナリオとテスト *(必須)*

        ## 要件 *(必須)*

        ### 主要エンティティ *(データを扱う場合)*

        ## 成功基準 *(必須)*
        """;

    private const string JapaneseSpec = """
        # 機能仕様: 勤怠

        **機能ブランチ**: `001-attendance`

        ## ユーザーシナリオとテスト *(必須)*

        ### ユーザーストーリー 1 - 打刻 (優先度: P1)

        ## 要件 *(必須)*

        - **FR-001**: システムは打刻を記録しなければならない
        """;

    [Fact]
    public void Mandatory_sections_come_from_the_templates_own_marker()
    {
        string[] lines = JapaneseSpecTemplate.Split('\n');
        Assert.Equal(new[] { "ユーザーシナリオとテスト", "要件", "成功基準" }, RepositoryTemplateReader.MandatorySections(lines));
    }

    [Fact]
    public void Spec_kits_own_template_marks_the_three_built_in_sections()
    {
        string? template = SharedCorpus.Template("templates/spec-template.md");
        if (template == null || !File.Exists(template))
        {
            return;
        }

        Assert.Equal(new[] { "User Scenarios & Testing", "Requirements", "Success Criteria" }, RepositoryTemplateReader.MandatorySections(File.ReadAllLines(template)));
    }

    [Fact]
    public void A_localized_repository_template_reports_its_own_missing_section_in_its_own_words()
    {
        using var tree = new TempTree();
        tree.Write(".specify/templates/spec-template.md", JapaneseSpecTemplate);
        tree.Write("specs/001-attendance/spec.md", JapaneseSpec);

        Finding finding = Assert.Single(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2020"));
        Assert.Equal("001-attendance/spec.md has no '成功基準' section, which the spec template marks mandatory", finding.Message);
        Assert.Equal(1, finding.Range.Line);

        tree.Write("specs/001-attendance/spec.md", JapaneseSpec + "\n## 成功基準 *(必須)*\n\n- **SC-001**: 1秒以内\n");
        Assert.Empty(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2020"));
    }

    [Fact]
    public void An_override_wins_over_the_template_and_a_preset_without_marks_requires_nothing()
    {
        using var tree = new TempTree();
        tree.Write(".specify/templates/spec-template.md", JapaneseSpecTemplate);
        tree.Write(".specify/templates/overrides/spec-template.md", "# ADR\n\n## Context\n\n## Requirements\n\n## Verification\n");
        tree.Write("specs/001-attendance/spec.md", "# 0001 · Auth\n\n## Context\n\n## Requirements\n\n- R1 log in\n");
        Assert.Empty(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2020"));
    }

    [Fact]
    public void A_preset_template_is_used_when_there_is_no_override()
    {
        using var tree = new TempTree();
        tree.Write(".specify/presets/team/templates/spec-template.md", JapaneseSpecTemplate);
        tree.Write("specs/001-attendance/spec.md", JapaneseSpec);
        Assert.Contains("'成功基準'", Assert.Single(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2020")).Message);
    }

    [Fact]
    public void The_plan_templates_check_heading_decides_SC2060()
    {
        using var tree = new TempTree();
        tree.Write(".specify/templates/plan-template.md", "# 実装計画\n\n## 技術コンテキスト\n\n## 憲章チェック\n\n*GATE: 設計前に合格すること*\n");
        tree.Write("specs/001-attendance/spec.md", JapaneseSpec);
        tree.Write("specs/001-attendance/plan.md", "# 実装計画: 勤怠\n\n## 技術コンテキスト\n\n本文\n");
        Assert.Single(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2060"));

        tree.Write("specs/001-attendance/plan.md", "# 実装計画: 勤怠\n\n## 技術コンテキスト\n\n本文\n\n## 憲章チェック\n\n合格\n");
        Assert.Empty(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2060"));

        tree.Write(".specify/templates/plan-template.md", "# Plan\n\n## Context\n\n## Decision\n");
        tree.Write("specs/001-attendance/plan.md", "# Plan: x\n\n## Context\n\n## Decision\n");
        Assert.Empty(SpecChainChecker.Check(SpecKitTreeLoader.Load(tree.Root), null).WithId("SC2060"));
    }
}
