using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>
    /// Picks file paths out of a task description. Only what is clearly a path counts: a separator and an extension,
    /// or an extension inside backticks. Routes ("POST /api/items"), URLs, globs and prose ("and/or", "Node.js") do not.
    /// </summary>
    internal static class TaskPathReader
    {

        // File extensions a bare `name.ext` in backticks must have to count as a path.
        private static readonly HashSet<string> KnownExtensions = new HashSet<string>(new[]
        {
            "cs", "csproj", "fs", "fsproj", "vb", "sln", "slnx", "props", "targets", "json", "yml", "yaml", "md", "txt", "xml", "toml", "ini",
            "cfg", "env", "lock", "ts", "tsx", "js", "jsx", "mjs", "cjs", "vue", "svelte", "htm", "html", "css", "scss", "py", "kt", "kts", "java",
            "gradle", "go", "rs", "rb", "swift", "dart", "php", "c", "h", "cpp", "hpp", "sh", "ps1", "sql", "proto", "graphql", "razor", "cshtml",
            "tscn", "gd", "tres",
        }, System.StringComparer.OrdinalIgnoreCase);

        private static readonly char[] TrimChars = ".,;:()[]{}\"'*!?“”‘’".ToCharArray();

        private static readonly char[] PathMarks = { '.', '/', '\\' };

        private static readonly char[] NotInPaths = { '*', '<', '>', '{', '}', '|', '?', '=', '@', '$' };

        [MethodImpl(JitHints.Optimize)]
        public static IReadOnlyList<TaskPath> Read(string line, int start, int lineNumber, out bool mentionsPath)
        {
            // Kept for the whole check (25,000 tasks at 1,000 features): an exact array, and none at all for a task naming no path.
            List<TaskPath>? paths = null;
            mentionsPath = false;
            // Tokens are `code spans` or runs of non-space text; a hand-written scan because a regex Match per word
            // allocated 5 KB per task line (the largest cost of parsing 1,000 features).
            int i = start;
            while (i < line.Length)
            {
                char c = line[i];
                if (c == '`')
                {
                    int close = line.IndexOf('`', i + 1);
                    if (close > i + 1)
                    {
                        // "`bash tests/run.sh`" and "`src/a.cs:42`": every word of a code span is a candidate.
                        ConsiderWords(line, i + 1, close, quoted: true, lineNumber, ref paths, ref mentionsPath);
                        i = close + 1;
                        continue;
                    }

                    i++; // an unpaired or empty backtick is neither code nor word
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                int end = i;
                while (end < line.Length && line[end] != '`' && !char.IsWhiteSpace(line[end]))
                {
                    end++;
                }

                ConsiderWords(line, i, end, quoted: false, lineNumber, ref paths, ref mentionsPath);
                i = end;
            }

            return paths == null ? Array.Empty<TaskPath>() : paths.ToArray();
        }

        [MethodImpl(JitHints.Optimize)]
        private static void ConsiderWords(string line, int start, int end, bool quoted, int lineNumber, ref List<TaskPath>? paths, ref bool mentionsPath)
        {
            int wordStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i < end && line[i] != ' ')
                {
                    continue;
                }

                // Only a word with a separator or a dot can be a path: skip the rest without allocating.
                if (line.IndexOfAny(PathMarks, wordStart, i - wordStart) >= 0)
                {
                    Consider(line.Substring(wordStart, i - wordStart), wordStart, quoted, lineNumber, ref paths, ref mentionsPath);
                }

                wordStart = i + 1;
            }
        }

        [MethodImpl(JitHints.Optimize)]
        private static void Consider(string word, int index, bool quoted, int lineNumber, ref List<TaskPath>? paths, ref bool mentionsPath)
        {
            string candidate = word.Trim(TrimChars);
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
            bool extension = ExtensionOf(candidate) != null && !IsAbbreviation(candidate);
            if (separator || extension)
            {
                // "and/or", "req/s" and routes are not paths; "src/models/" and "a/b/c" are.
                bool directory = separator && !candidate.StartsWith("/", System.StringComparison.Ordinal) &&
                    (candidate.EndsWith("/", System.StringComparison.Ordinal) || candidate.Split('/', '\\').Length >= 3);
                mentionsPath = mentionsPath || quoted || directory || extension;
            }

            // A bare name counts only in backticks and with a known file extension: `Program.cs` yes, `builder.Build` or `config.ignore` no.
            if (extension && (separator || (quoted && KnownExtensions.Contains(ExtensionOf(candidate)!))) && !candidate.StartsWith("/", System.StringComparison.Ordinal))
            {
                int column = index + word.IndexOf(candidate, System.StringComparison.Ordinal) + 1;
                (paths ??= new List<TaskPath>()).Add(new TaskPath(candidate.Replace('\\', '/'), TextRange.OnLine(lineNumber, column, candidate.Length)));
            }
        }

        // What follows the last dot when it is a plausible extension (a letter, then up to nine letters or digits), else null.
        private static string? ExtensionOf(string candidate)
        {
            int dot = candidate.LastIndexOf('.');
            int length = candidate.Length - dot - 1;
            if (dot < 0 || length < 1 || length > 10 || !LineScan.IsAsciiLetter(candidate[dot + 1]))
            {
                return null;
            }

            for (int i = dot + 2; i < candidate.Length; i++)
            {
                if (!LineScan.IsAsciiLetterOrDigit(candidate[i]))
                {
                    return null;
                }
            }

            return candidate.Substring(dot + 1);
        }

        private static bool LooksLikePath(string candidate) =>
            candidate.IndexOf("://", System.StringComparison.Ordinal) < 0 && candidate.IndexOfAny(NotInPaths) < 0 && !candidate.StartsWith("~", System.StringComparison.Ordinal);

        // "e.g", "i.e", "Node.js"-like product names are not files; version-like "v1.2" never matches the extension rule.
        private static bool IsAbbreviation(string candidate) =>
            candidate.Length <= 4 || IsProductName(candidate);

        // ^[A-Z][a-z]+\.js$ by hand: it is asked for every path-like word of every task line, in parallel, and a shared
        // Regex then allocates a runner per contended call.
        private static bool IsProductName(string candidate)
        {
            if (candidate.Length < 5 || candidate[0] < 'A' || candidate[0] > 'Z' || !candidate.EndsWith(".js", System.StringComparison.Ordinal))
            {
                return false;
            }

            for (int i = 1; i < candidate.Length - 3; i++)
            {
                if (candidate[i] < 'a' || candidate[i] > 'z')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
