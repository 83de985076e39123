using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reading.SpecKit
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
            var paths = new PathCollector();
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

            return paths.ToArray();
        }

        [MethodImpl(JitHints.Optimize)]
        private static void ConsiderWords(string line, int start, int end, bool quoted, int lineNumber, ref PathCollector paths, ref bool mentionsPath)
        {
            int wordStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i < end && line[i] != ' ')
                {
                    continue;
                }

                // Only a word with a separator or a dot can be a path: skip the rest.
                if (line.IndexOfAny(PathMarks, wordStart, i - wordStart) >= 0)
                {
                    Consider(line, wordStart, i, quoted, lineNumber, ref paths, ref mentionsPath);
                }

                wordStart = i + 1;
            }
        }

        /// <summary>
        /// The word <c>line[wordStart..wordEnd)</c>, read in place: trimmed of <see cref="TrimChars"/>, cut at a colon
        /// after its second character (<c>src/a.cs:42</c>). Only a path found is made a string (25,000 tasks at 1,000
        /// features: the substrings, extensions and splits per word were a tenth of what loading the tree allocated).
        /// </summary>
        [MethodImpl(JitHints.Optimize)]
        private static void Consider(string line, int wordStart, int wordEnd, bool quoted, int lineNumber, ref PathCollector paths, ref bool mentionsPath)
        {
            int start = wordStart, end = wordEnd;
            while (start < end && Array.IndexOf(TrimChars, line[start]) >= 0)
            {
                start++;
            }

            while (end > start && Array.IndexOf(TrimChars, line[end - 1]) >= 0)
            {
                end--;
            }

            int colon = line.IndexOf(':', start, end - start);
            if (colon - start > 1)
            {
                end = colon;
            }

            int length = end - start;
            if (length < 3 || !LooksLikePath(line, start, end))
            {
                return;
            }

            int separators = CountSeparators(line, start, end);
            bool separator = separators > 0;
            int extensionStart = ExtensionStart(line, start, end);
            bool extension = extensionStart >= 0 && !IsAbbreviation(line, start, end);
            if (separator || extension)
            {
                // "and/or", "req/s" and routes are not paths; "src/models/" and "a/b/c" are.
                bool directory = separator && line[start] != '/' && (line[end - 1] == '/' || separators >= 2);
                mentionsPath = mentionsPath || quoted || directory || extension;
            }

            // A bare name counts only in backticks and with a known file extension: `Program.cs` yes, `builder.Build` or `config.ignore` no.
            if (extension && line[start] != '/' && (separator || (quoted && KnownExtensions.Contains(line.Substring(extensionStart, end - extensionStart)))))
            {
                paths.Add(new TaskPath(line.Substring(start, length).Replace('\\', '/'), TextRange.OnLine(lineNumber, start + 1, length)));
            }
        }

        private static int CountSeparators(string line, int start, int end)
        {
            int count = 0;
            for (int i = start; i < end; i++)
            {
                count += line[i] == '/' || line[i] == '\\' ? 1 : 0;
            }

            return count;
        }

        // Where the extension starts when what follows the last dot is a plausible one (a letter, then up to nine letters or digits), else -1.
        private static int ExtensionStart(string line, int start, int end)
        {
            int dot = line.LastIndexOf('.', end - 1, end - start);
            int length = end - dot - 1;
            if (dot < 0 || length < 1 || length > 10 || !LineScan.IsAsciiLetter(line[dot + 1]))
            {
                return -1;
            }

            for (int i = dot + 2; i < end; i++)
            {
                if (!LineScan.IsAsciiLetterOrDigit(line[i]))
                {
                    return -1;
                }
            }

            return dot + 1;
        }

        private static bool LooksLikePath(string line, int start, int end) =>
            line.IndexOf("://", start, end - start, StringComparison.Ordinal) < 0 && line.IndexOfAny(NotInPaths, start, end - start) < 0 && line[start] != '~';

        // "e.g", "i.e", "Node.js"-like product names are not files; version-like "v1.2" never matches the extension rule.
        private static bool IsAbbreviation(string line, int start, int end) =>
            end - start <= 4 || IsProductName(line, start, end);

        // ^[A-Z][a-z]+\.js$ by hand: it is asked for every path-like word of every task line, in parallel, and a shared
        // Regex then allocates a runner per contended call.
        private static bool IsProductName(string line, int start, int end)
        {
            if (end - start < 5 || line[start] < 'A' || line[start] > 'Z' || string.CompareOrdinal(line, end - 3, ".js", 0, 3) != 0)
            {
                return false;
            }

            for (int i = start + 1; i < end - 3; i++)
            {
                if (line[i] < 'a' || line[i] > 'z')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A task's paths: most tasks name one, which needs no list.</summary>
        private struct PathCollector
        {
            private TaskPath? _first;
            private List<TaskPath>? _more;

            public void Add(TaskPath path)
            {
                if (_first == null)
                {
                    _first = path;
                    return;
                }

                (_more ??= new List<TaskPath>()).Add(path);
            }

            // Kept for the whole check: an exact array, and none at all for a task naming no path.
            public TaskPath[] ToArray()
            {
                if (_first == null)
                {
                    return Array.Empty<TaskPath>();
                }

                var all = new TaskPath[1 + (_more?.Count ?? 0)];
                all[0] = _first;
                _more?.CopyTo(all, 1);
                return all;
            }
        }
    }
}
