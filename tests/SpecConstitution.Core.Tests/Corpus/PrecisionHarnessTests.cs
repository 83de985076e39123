using System.Text;
using SpecConstitution.Diagnostics;
using Xunit.Abstractions;

namespace SpecConstitution.Core.Tests.Corpus;

/// <summary>
/// Every spec finding on the whole corpus, held against the reviewed label file: a finding judged false that comes
/// back, a true one that disappears, or a finding nobody has read fails the test. Precision per ID is
/// true / (true + false); debatable findings count in neither (they are listed separately).
/// </summary>
public sealed class PrecisionHarnessTests
{
    /// <summary>A check reported at warning or error by default must be at least this precise on the corpus.</summary>
    private const double DefaultOnPrecision = 0.95;

    private readonly ITestOutputHelper _output;

    public PrecisionHarnessTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Every_corpus_finding_is_labelled_no_false_one_returns_no_true_one_disappears_and_default_on_checks_are_precise()
    {
        IReadOnlyList<string> trees = CorpusFindings.Trees();
        if (trees.Count == 0)
        {
            _output.WriteLine("Shared corpus not present: skipped.");
            return;
        }

        FindingLabels labels = FindingLabels.Load(FindingLabels.PathInRepository());
        List<CorpusFindings.Fingerprinted> findings = trees.SelectMany(CorpusFindings.Check).ToList();
        WriteActual(findings);

        var unlabelled = findings.Where(f => !labels.Entries.ContainsKey(f.Key)).Select(f => f.Key).Distinct().ToList();
        var falseBack = findings.Where(f => labels.Entries.TryGetValue(f.Key, out var l) && l.Verdict == "false").ToList();
        var present = new HashSet<string>(findings.Select(f => f.Key), StringComparer.Ordinal);
        var trueGone = labels.Entries.Where(e => e.Value.Verdict == "true" && !present.Contains(e.Key)).Select(e => e.Key).ToList();

        PrintPrecision(findings, labels);
        var failures = new StringBuilder();
        Section(failures, "Unlabelled findings (add them to " + FindingLabels.FileName + " with a verdict and a reason)", unlabelled);
        Section(failures, "Findings labelled false that came back", falseBack.Select(f => $"{f.Key}  (line {f.Line})").ToList());
        Section(failures, "Findings labelled true that disappeared", trueGone);
        foreach (string imprecise in ImpreciseDefaultOnChecks(findings, labels))
        {
            failures.AppendLine(imprecise);
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static IEnumerable<string> ImpreciseDefaultOnChecks(List<CorpusFindings.Fingerprinted> findings, FindingLabels labels)
    {
        var judged = findings.Select(f => (f, Verdict: labels.Entries.TryGetValue(f.Key, out var l) ? l.Verdict : "")).Where(x => x.Verdict == "true" || x.Verdict == "false").ToList();
        foreach (var group in judged.Where(x => x.f.Severity >= FindingSeverity.Warning).GroupBy(x => x.f.Id))
        {
            double precision = (double)group.Count(x => x.Verdict == "true") / group.Count();
            if (precision < DefaultOnPrecision)
            {
                yield return $"{group.Key} is on by default but only {precision:P0} precise on the corpus (needs {DefaultOnPrecision:P0})";
            }
        }

        if (judged.Count > 0)
        {
            double overall = (double)judged.Count(x => x.Verdict == "true") / judged.Count;
            if (overall < DefaultOnPrecision)
            {
                yield return $"Overall precision {overall:P1} is below {DefaultOnPrecision:P0}";
            }
        }
    }

    private void PrintPrecision(List<CorpusFindings.Fingerprinted> findings, FindingLabels labels)
    {
        _output.WriteLine("ID      severity  findings  true  false  debatable  unlabelled  precision");
        foreach (var group in findings.GroupBy(f => (f.Id, f.Severity)).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            int t = 0, f = 0, d = 0, u = 0;
            foreach (var finding in group)
            {
                switch (labels.Entries.TryGetValue(finding.Key, out var l) ? l.Verdict : "")
                {
                    case "true": t++; break;
                    case "false": f++; break;
                    case "debatable": d++; break;
                    default: u++; break;
                }
            }

            string precision = t + f == 0 ? "-" : $"{100.0 * t / (t + f):F0} %";
            _output.WriteLine($"{group.Key.Id,-7} {group.Key.Severity.ToName(),-9} {group.Count(),8} {t,5} {f,6} {d,10} {u,11}  {precision}");
        }

        int allTrue = findings.Count(x => labels.Entries.TryGetValue(x.Key, out var l) && l.Verdict == "true");
        int allFalse = findings.Count(x => labels.Entries.TryGetValue(x.Key, out var l) && l.Verdict == "false");
        var visible = findings.Where(x => x.Severity >= FindingSeverity.Warning).ToList();
        int visibleTrue = visible.Count(x => labels.Entries.TryGetValue(x.Key, out var l) && l.Verdict == "true");
        int visibleFalse = visible.Count(x => labels.Entries.TryGetValue(x.Key, out var l) && l.Verdict == "false");
        _output.WriteLine($"TOTAL {findings.Count} findings ({visible.Count} at warning or error); precision {Percent(allTrue, allFalse)} overall, {Percent(visibleTrue, visibleFalse)} at default-visible severity");
    }

    private static string Percent(int t, int f) => t + f == 0 ? "-" : $"{100.0 * t / (t + f):F1} %";

    private static void Section(StringBuilder failures, string title, IReadOnlyCollection<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        failures.AppendLine($"{title}: {lines.Count}");
        foreach (string line in lines)
        {
            failures.AppendLine("  " + line);
        }
    }

    // The current output, fingerprint first, so a reviewer can diff it against the label file.
    private static void WriteActual(List<CorpusFindings.Fingerprinted> findings)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "spec-findings.actual.tsv");
        File.WriteAllLines(path, findings.Select(f => $"{f.Key}\t{f.Severity.ToName()}\t{f.Line}"));
    }
}
