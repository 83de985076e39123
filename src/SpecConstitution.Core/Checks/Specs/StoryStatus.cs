using System;
using System.Text.RegularExpressions;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// A story the team marked in its heading as needing no work ("(Priority: P2) — PRE-SATISFIED", "DEFERRED",
    /// "OUT OF SCOPE"): it has no tasks and no scenarios by decision, not by omission.
    /// </summary>
    internal static class StoryStatus
    {
        private static readonly Regex NoWork = new Regex(
            @"\b(?:pre-?satisfied|already satisfied|satisfied|deferred|out of scope|descoped|dropped|won'?t do|not needed|no work)\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        public static bool NeedsNoWork(UserStory story)
        {
            int priority = story.Title.LastIndexOf(')');
            string annotation = priority < 0 ? story.Title : story.Title.Substring(priority);
            return NoWork.IsMatch(annotation);
        }
    }
}
