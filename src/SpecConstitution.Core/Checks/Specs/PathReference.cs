using System;
using System.Text.RegularExpressions;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// Whether a task names a file only to consult it: the words just before the path say "per", "from", "see",
    /// "using", "following"… ("Implement the breaker in src/cb.ts per research.md R7"). Such a file is read, not edited.
    /// </summary>
    internal static class PathReference
    {
        private static readonly Regex ReferenceWord = new Regex(
            @"(?:\b(?:per|from|see|using|uses|use|against|following|mirroring|mirrors|like|references?|referencing|cf|via|matching|according to|based on|described in|defined in|specified in|documented in|consult|read|reads|leave|keep|untouched|pointers? to|links? to|gemäss|gemäß|laut|según|conforme|согласно)|:)\s*[`'""(\[]*\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        public static bool IsConsulted(string description, string path)
        {
            int at = IndexOfPath(description, path);
            if (at < 0)
            {
                return false;
            }

            string before = description.Substring(Math.Max(0, at - 40), Math.Min(at, 40));
            return ReferenceWord.IsMatch(before) && !before.TrimEnd('`', ' ', '\'', '"').EndsWith(" in", StringComparison.OrdinalIgnoreCase);
        }

        private static int IndexOfPath(string description, string path)
        {
            int at = description.IndexOf(path, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return BackOverPrefix(description, at);
            }

            // The path as the task wrote it may carry "./" or a leading dot the reader dropped (.gitleaks.toml).
            string name = path.Substring(path.LastIndexOf('/') + 1);
            at = description.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (at > 0 && description[at - 1] != ' ' && description[at - 1] != '`' && description[at - 1] != '(')
            {
                at--;
            }

            return at;
        }

        // "./x" or ".gitleaks.toml" as written: the words before the path start before its dots and slashes.
        private static int BackOverPrefix(string description, int at)
        {
            while (at > 0 && (description[at - 1] == '.' || description[at - 1] == '/'))
            {
                at--;
            }

            return at;
        }
    }
}
