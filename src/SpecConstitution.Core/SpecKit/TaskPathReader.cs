using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>
    /// Picks file paths out of a task description. Only what is clearly a path counts: a separator and an extension,
    /// or an extension inside backticks. Routes ("POST /api/items"), URLs, globs and prose ("and/or", "Node.js") do not.
    /// </summary>
    internal static class TaskPathReader
    {
        private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);

        private static readonly Regex Token = new Regex(@"`(?<code>[^`]+)`|(?<word>[^\s`]+)", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex Extension = new Regex(@"\.[A-Za-z][A-Za-z0-9]{0,9}$", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex KnownExtension = new Regex(
            @"\.(?:cs|csproj|fs|fsproj|vb|sln|slnx|props|targets|json|ya?ml|md|txt|xml|toml|ini|cfg|env|lock|ts|tsx|js|jsx|mjs|cjs|vue|svelte|html?|css|scss|py|kt|kts|java|gradle|go|rs|rb|swift|dart|php|c|h|cpp|hpp|sh|ps1|sql|proto|graphql|razor|cshtml|tscn|gd|tres)$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

        private const string TrimChars = ".,;:()[]{}\"'*!?“”‘’";

        public static IReadOnlyList<TaskPath> Read(string line, int start, int lineNumber, out bool mentionsPath)
        {
            var paths = new List<TaskPath>();
            mentionsPath = false;
            foreach (Match match in Token.Matches(line, start))
            {
                bool quoted = match.Groups["code"].Success;
                Group group = quoted ? match.Groups["code"] : match.Groups["word"];
                // "`bash tests/run.sh`" and "`src/a.cs:42`": every word of a code span is a candidate.
                int offset = 0;
                foreach (string word in group.Value.Split(' '))
                {
                    Consider(word, group.Index + offset, quoted, lineNumber, paths, ref mentionsPath);
                    offset += word.Length + 1;
                }
            }

            return paths;
        }

        private static void Consider(string word, int index, bool quoted, int lineNumber, List<TaskPath> paths, ref bool mentionsPath)
        {
            string candidate = word.Trim(TrimChars.ToCharArray());
            int colon = candidate.IndexOf(':');
            if (colon > 1)
            {
                candidate = candidate.Substring(0, colon);
            }

            if (candidate.Length < 3 || !LooksLikePath(candidate))
            {
                return;
            }

            bool separator = candidate.IndexOf('/') >= 0 || candidate.IndexOf('\\') >= 0;
            bool extension = Extension.IsMatch(candidate) && !IsAbbreviation(candidate);
            if (separator || extension)
            {
                // "and/or", "req/s" and routes are not paths; "src/models/" and "a/b/c" are.
                bool directory = separator && !candidate.StartsWith("/", System.StringComparison.Ordinal) &&
                    (candidate.EndsWith("/", System.StringComparison.Ordinal) || candidate.Split('/', '\\').Length >= 3);
                mentionsPath = mentionsPath || quoted || directory || extension;
            }

            // A bare name counts only in backticks and with a known file extension: `Program.cs` yes, `builder.Build` or `config.ignore` no.
            if (extension && (separator || (quoted && KnownExtension.IsMatch(candidate))) && !candidate.StartsWith("/", System.StringComparison.Ordinal))
            {
                int column = index + word.IndexOf(candidate, System.StringComparison.Ordinal) + 1;
                paths.Add(new TaskPath(candidate.Replace('\\', '/'), TextRange.OnLine(lineNumber, column, candidate.Length)));
            }
        }

        private static bool LooksLikePath(string candidate) =>
            candidate.IndexOf("://", System.StringComparison.Ordinal) < 0 && candidate.IndexOfAny(new[] { '*', '<', '>', '{', '}', '|', '?', '=', '@', '$' }) < 0 && !candidate.StartsWith("~", System.StringComparison.Ordinal);

        // "e.g", "i.e", "Node.js"-like product names are not files; version-like "v1.2" never matches the extension rule.
        private static bool IsAbbreviation(string candidate) =>
            candidate.Length <= 4 || Regex.IsMatch(candidate, @"^[A-Z][a-z]+\.js$", RegexOptions.CultureInvariant, Timeout);
    }
}
