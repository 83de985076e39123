using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Reports;

namespace SpecConstitution.Tasks.Snapshot
{
    /// <summary>
    /// A Spec-Kit root's spec findings as the build judged them: after the options (spec-checks severities, custom
    /// vague words) and split by the baseline into what is reported and what the baseline accepted.
    /// </summary>
    internal sealed class RootFindings
    {
        public RootFindings(IReadOnlyList<Finding> reported, IReadOnlyList<Finding> baselined)
        {
            Reported = reported;
            Baselined = baselined;
        }

        public IReadOnlyList<Finding> Reported { get; }

        public IReadOnlyList<Finding> Baselined { get; }

        /// <summary>Splits the findings by the baseline file (read as a regular file only: a FIFO there suppresses nothing, never blocks).</summary>
        public static RootFindings Split(IReadOnlyList<Finding> findings, string baselinePath, string root, LineLookup lines)
        {
            SpecBaseline baseline = File.Exists(baselinePath) && SpecFileReader.TryRead(baselinePath, out SourceFile? file, out _)
                ? SpecBaseline.Parse(file!.Text)
                : SpecBaseline.Empty;
            IReadOnlyList<Finding> reported = baseline.Filter(findings, root, lines.Line);
            return new RootFindings(reported, Except(findings, reported));
        }

        /// <summary>What Filter dropped: the findings minus the kept ones, one occurrence each (two equal findings can differ in fate).</summary>
        private static IReadOnlyList<Finding> Except(IReadOnlyList<Finding> all, IReadOnlyList<Finding> kept)
        {
            if (kept.Count == all.Count)
            {
                return Array.Empty<Finding>();
            }

            var left = new Dictionary<Finding, int>();
            foreach (Finding finding in kept)
            {
                left[finding] = left.TryGetValue(finding, out int n) ? n + 1 : 1;
            }

            var dropped = new List<Finding>();
            foreach (Finding finding in all)
            {
                if (left.TryGetValue(finding, out int n) && n > 0)
                {
                    left[finding] = n - 1;
                }
                else
                {
                    dropped.Add(finding);
                }
            }

            return dropped;
        }

        /// <summary>Both lists kept only where the predicate holds (e.g. the features a project owns).</summary>
        public RootFindings Where(Func<Finding, bool> keep) => new RootFindings(Reported.Where(keep).ToArray(), Baselined.Where(keep).ToArray());
    }
}
