using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reading.TestResults;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reports.Gates
{
    /// <summary>A success criterion (<c>SC-002</c>) of a feature that is not Draft, and the test methods that cite it.</summary>
    public sealed class CitedCriterion
    {
        public CitedCriterion(string feature, string id, string specPath, TextRange range, IReadOnlyList<string> tests)
        {
            Feature = feature;
            Id = id;
            SpecPath = specPath;
            Range = range;
            Tests = tests;
        }

        public string Feature { get; }

        public string Id { get; }

        /// <summary>The spec.md that declares it; with <see cref="Range"/>, where SC5030 points.</summary>
        public string SpecPath { get; }

        public TextRange Range { get; }

        /// <summary>"Type.Method" of each citing test.</summary>
        public IReadOnlyList<string> Tests { get; }
    }

    /// <summary>A TRX file the verdict read, and its digest (the manifest records which results were used).</summary>
    public sealed class EvidenceFile
    {
        public EvidenceFile(string path, string sha256, int tests)
        {
            Path = path;
            Sha256 = sha256;
            Tests = tests;
        }

        public string Path { get; }

        public string Sha256 { get; }

        public int Tests { get; }
    }

    /// <summary>One criterion's verdict: proven, or why not (no citing test, a failed test, citing tests absent from the results).</summary>
    public sealed class CriterionVerdict
    {
        public CriterionVerdict(CitedCriterion criterion, IReadOnlyList<(string Test, string Outcome)> tests, bool proven, string reason)
        {
            Criterion = criterion;
            Tests = tests;
            Proven = proven;
            Reason = reason;
        }

        public CitedCriterion Criterion { get; }

        /// <summary>Each citing test and its outcome in the results ("Absent" when no TRX file has it).</summary>
        public IReadOnlyList<(string Test, string Outcome)> Tests { get; }

        public bool Proven { get; }

        public string Reason { get; }
    }

    /// <summary>
    /// The <c>success-criteria-proven</c> gate: every success criterion of every feature that is not Draft is cited by at
    /// least one test whose outcome in this run's results is Passed, and no citing test Failed.
    /// </summary>
    public sealed class SuccessCriteriaProof
    {
        public const string Absent = "Absent";

        private SuccessCriteriaProof(IReadOnlyList<CriterionVerdict> verdicts, IReadOnlyList<EvidenceFile> files)
        {
            Verdicts = verdicts;
            Files = files;
        }

        public IReadOnlyList<CriterionVerdict> Verdicts { get; }

        public IReadOnlyList<EvidenceFile> Files { get; }

        public bool Passed => Verdicts.All(v => v.Proven);

        public IEnumerable<CriterionVerdict> Unproven => Verdicts.Where(v => !v.Proven);

        public static SuccessCriteriaProof Evaluate(IEnumerable<CitedCriterion> criteria, IEnumerable<TestOutcome> results, IReadOnlyList<EvidenceFile> files)
        {
            // The same method may run in several TRX files (two test projects, two frameworks): a failure anywhere counts.
            Dictionary<string, string> outcomes = results
                .GroupBy(r => r.Member, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => TrxResults.Fold(g.Select(r => r.Outcome)), StringComparer.Ordinal);
            var verdicts = new List<CriterionVerdict>();
            foreach (CitedCriterion criterion in criteria.OrderBy(c => c.Feature, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal))
            {
                var tests = criterion.Tests
                    .Select(t => (Test: t, Outcome: outcomes.TryGetValue(t, out string? outcome) ? outcome : Absent))
                    .ToArray();
                verdicts.Add(Judge(criterion, tests));
            }

            return new SuccessCriteriaProof(verdicts, files);
        }

        private static CriterionVerdict Judge(CitedCriterion criterion, (string Test, string Outcome)[] tests)
        {
            if (tests.Length == 0)
            {
                return new CriterionVerdict(criterion, tests, false, "no test cites it");
            }

            string[] failed = tests.Where(t => TrxResults.IsFailure(t.Outcome)).Select(t => t.Test).ToArray();
            if (failed.Length > 0)
            {
                return new CriterionVerdict(criterion, tests, false, (failed.Length == 1 ? "its test " : "its tests ") + string.Join(", ", failed) + " failed");
            }

            string[] passed = tests.Where(t => t.Outcome.Equals("Passed", StringComparison.OrdinalIgnoreCase)).Select(t => t.Test).ToArray();
            if (passed.Length > 0)
            {
                return new CriterionVerdict(criterion, tests, true, "passed: " + string.Join(", ", passed));
            }

            string[] absent = tests.Where(t => t.Outcome == Absent).Select(t => t.Test).ToArray();
            string[] other = tests.Where(t => t.Outcome != Absent).Select(t => t.Test + " (" + t.Outcome + ")").ToArray();
            return new CriterionVerdict(criterion, tests, false, absent.Length > 0
                ? "its citing test(s) " + string.Join(", ", absent) + " are absent from the test results" + (other.Length > 0 ? "; " + string.Join(", ", other) + " did not pass" : string.Empty)
                : "no citing test passed: " + string.Join(", ", other));
        }

        /// <summary>The gate's one-line reason.</summary>
        public string Reason => Passed
            ? string.Format(CultureInfo.InvariantCulture, "{0} success criterion/criteria proven by tests that passed in {1} test result file(s)", Verdicts.Count, Files.Count)
            : "success criteria not proven: " + string.Join("; ", Unproven.Select(v => v.Criterion.Feature + "/" + v.Criterion.Id + " (" + v.Reason + ")"));

        /// <summary><c>predicate.successCriteria</c>: the results used (with digests) and each criterion's tests and outcomes.</summary>
        public JsonObject ToJson() => new JsonObject()
            .Set("passed", Passed)
            .Set("testResults", new JsonArray(Files.Select(f => (JsonNode)new JsonObject()
                .Set("path", f.Path)
                .Set("sha256", f.Sha256)
                .Set("tests", f.Tests))))
            .Set("criteria", new JsonArray(Verdicts.Select(v => (JsonNode)new JsonObject()
                .Set("feature", v.Criterion.Feature)
                .Set("criterion", v.Criterion.Id)
                .Set("proven", v.Proven)
                .Set("reason", v.Reason)
                .Set("tests", new JsonArray(v.Tests.Select(t => (JsonNode)new JsonObject()
                    .Set("test", t.Test)
                    .Set("outcome", t.Outcome)))))));
    }
}
