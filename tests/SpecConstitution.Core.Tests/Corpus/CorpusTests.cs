using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using Xunit.Abstractions;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Corpus;

/// <summary>Every real third-party Spec-Kit tree in the shared corpus, read and checked end to end.</summary>
public sealed class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Every_corpus_tree_checks_without_exception_and_every_finding_points_at_an_existing_line()
    {
        IReadOnlyList<string> trees = SharedCorpus.Trees();
        if (trees.Count == 0)
        {
            _output.WriteLine("Shared corpus not present: skipped.");
            return;
        }

        var totals = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string root in trees)
        {
            SpecKitTree tree = SpecKitTreeLoader.Load(root);
            IReadOnlyList<Finding> findings = SpecChainChecker.Check(tree, rules: null);
            // A tree whose specs/ holds only unnumbered folders (KazukiOtomo__BookTracker) has no feature Spec-Kit's
            // numbering recognises; every other tree must load its features.
            bool hasNumberedFolder = Directory.GetDirectories(Path.Combine(root, "specs"))
                .Any(d => FeatureFolder.IsFeatureFolderName(Path.GetFileName(d)));
            Assert.Equal(hasNumberedFolder, tree.Features.Count > 0);

            foreach (Finding finding in findings)
            {
                Assert.True(File.Exists(finding.FilePath), $"{finding} names a file that does not exist");
                int lineCount = new SourceFile(finding.FilePath, File.ReadAllText(finding.FilePath)).LineCount;
                Assert.InRange(finding.Range.Line, 1, Math.Max(1, lineCount));
            }

            string counts = string.Join(", ", findings.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));
            _output.WriteLine($"{Path.GetFileName(root)}: {tree.Features.Count} features ({tree.Features.Count(f => f.IsLegacy)} legacy), {findings.Count} findings: {counts}");
            foreach (IGrouping<string, Finding> group in findings.GroupBy(f => f.Id))
            {
                totals[group.Key] = totals.TryGetValue(group.Key, out int n) ? n + group.Count() : group.Count();
            }

            foreach (Finding finding in findings)
            {
                _output.WriteLine("    " + finding.ToString().Replace(root, ""));
            }
        }

        _output.WriteLine("TOTAL: " + string.Join(", ", totals.Select(t => $"{t.Key}={t.Value}")));
        TaskItem[] tasks = trees.SelectMany(r => SpecKitTreeLoader.Load(r).Features).Where(f => f.Tasks != null).SelectMany(f => f.Tasks!.Tasks).ToArray();
        int deviating = tasks.Count(t => t.Deviations.Count > 0);
        _output.WriteLine($"TASK LINES: {tasks.Length}, deviating from the strict grammar: {deviating} ({100.0 * deviating / Math.Max(1, tasks.Length):F0} %)");
    }

    [Fact]
    public void Legacy_format_features_are_recognized_and_not_flooded_with_missing_sections()
    {
        IReadOnlyList<string> trees = SharedCorpus.Trees();
        if (trees.Count == 0)
        {
            return;
        }

        FeatureFolder[] legacy = trees.SelectMany(r => SpecKitTreeLoader.Load(r).Features).Where(f => f.IsLegacy).ToArray();
        Assert.NotEmpty(legacy);
        foreach (FeatureFolder feature in legacy)
        {
            var tree = new SpecKitTree(Path.GetDirectoryName(Path.GetDirectoryName(feature.Path)!)!, null, new[] { feature }, Array.Empty<Finding>());
            IReadOnlyList<Finding> findings = SpecChainChecker.Check(tree, null);
            Assert.DoesNotContain(findings, f => f.Id == "SC2020" && f.Message.Contains("Success Criteria"));
        }
    }

    [Fact]
    public void Checking_the_corpus_twice_gives_the_same_findings_in_the_same_order()
    {
        foreach (string root in SharedCorpus.Trees())
        {
            string[] first = SpecChainChecker.Check(SpecKitTreeLoader.Load(root), null).Select(f => f.ToString()).ToArray();
            string[] second = SpecChainChecker.Check(SpecKitTreeLoader.Load(root), null).Select(f => f.ToString()).ToArray();
            Assert.Equal(first, second);
        }
    }
}
