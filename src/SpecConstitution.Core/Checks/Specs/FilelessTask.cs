using System;
using System.Text.RegularExpressions;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// A task that changes no file by nature (run the tests, verify, confirm, gate, deploy, measure, review…): that it
    /// names no path is not a lapse. Judged by the first verb of its description, after labels and emphasis.
    /// </summary>
    internal static class FilelessTask
    {
        private static readonly Regex LeadingVerb = new Regex(
            @"^(?:\W*(?:\[[^\]]*\]|\([^)]*\)|\*\*|__|T\d+[a-z]?|[\p{So}\p{Sk}]+)\W*)*(?<verb>[A-Za-z]+)",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly string[] Verbs =
        {
            "run", "rerun", "execute", "verify", "validate", "confirm", "check", "ensure", "test", "manually", "gate", "deploy",
            "measure", "benchmark", "profile", "review", "audit", "smoke", "perform", "conduct", "demo", "demonstrate",
            "publish", "release", "tag", "merge", "push", "commit", "build", "monitor", "observe", "inspect", "assess",
            "evaluate", "analyze", "analyse", "investigate", "research", "explore", "discuss", "notify", "announce", "sign",
            "approve", "final", "cleanup", "triage", "reproduce", "capture", "record", "collect", "gather", "walk", "dry", "provision", "configure secret",
        };

        public static bool Is(TaskItem task)
        {
            Match match = LeadingVerb.Match(task.Description);
            if (!match.Success)
            {
                return false;
            }

            string verb = match.Groups["verb"].Value;
            foreach (string candidate in Verbs)
            {
                if (string.Equals(verb, candidate, StringComparison.OrdinalIgnoreCase) ||
                    (verb.Length == candidate.Length + 1 && verb.EndsWith("s", StringComparison.OrdinalIgnoreCase) && verb.StartsWith(candidate, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
