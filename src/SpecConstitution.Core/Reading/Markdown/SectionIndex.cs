using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reading.Markdown
{
    /// <summary>Builds the section tree of a scanned document and answers "which section is this line in".</summary>
    public static class SectionIndex
    {
        [MethodImpl(JitHints.Optimize)]
        public static IReadOnlyList<MarkdownSection> Build(MarkdownLine[] lines)
        {
            // The headings' positions, counted then filled: a list of the lines themselves grew by copying 32-byte structs.
            int count = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                count += IsHeading(lines[i]) ? 1 : 0;
            }

            var headings = new int[count];
            for (int i = 0, h = 0; h < count; i++)
            {
                if (IsHeading(lines[i]))
                {
                    headings[h++] = i;
                }
            }

            int lastLine = lines.Length == 0 ? 0 : lines[lines.Length - 1].Number;
            var sections = new List<MarkdownSection>(count);
            for (int i = 0; i < count; i++)
            {
                MarkdownLine heading = lines[headings[i]];
                int end = lastLine;
                for (int j = i + 1; j < count; j++)
                {
                    MarkdownLine next = lines[headings[j]];
                    if (next.HeadingLevel <= heading.HeadingLevel)
                    {
                        end = next.Number - 1;
                        break;
                    }
                }

                int column = heading.Text.IndexOf(heading.HeadingText, System.StringComparison.Ordinal) + 1;
                sections.Add(new MarkdownSection(heading.HeadingLevel, heading.HeadingText, TextRange.OnLine(heading.Number, System.Math.Max(1, column), heading.HeadingText.Length), heading.Number, end));
            }

            return sections;
        }

        private static bool IsHeading(MarkdownLine line) => line.IsProse && line.HeadingLevel > 0;

        // Spec-Kit's Chinese templates (used by a real tree in the corpus) name the same sections.
        private static readonly KeyValuePair<string, string>[] Aliases =
        {
            new KeyValuePair<string, string>("宪法检查", "constitution check"),
            new KeyValuePair<string, string>("技术上下文", "technical context"),
            new KeyValuePair<string, string>("复杂性跟踪", "complexity tracking"),
            new KeyValuePair<string, string>("复杂度跟踪", "complexity tracking"),
            new KeyValuePair<string, string>("进度跟踪", "progress tracking"),
            new KeyValuePair<string, string>("执行流程", "execution flow"),
        };

        /// <summary>"User Scenarios &amp; Testing *(mandatory)*" → "user scenarios &amp; testing".</summary>
        public static string Normalize(string title)
        {
            string text = IsPlain(title) ? title.ToLowerInvariant() : Collapse(title);
            foreach (KeyValuePair<string, string> alias in Aliases)
            {
                if (text.StartsWith(alias.Key, System.StringComparison.Ordinal))
                {
                    return alias.Value + text.Substring(alias.Key.Length);
                }
            }

            return text;
        }

        /// <summary>
        /// In one pass, what removing every template note (<c>[*_]*\((?:mandatory|optional|include if[^)]*)\)[*_]*</c>,
        /// ignoring case), then every '*', turning '_' into a space, joining the words split at spaces and tabs with one
        /// space, trimming and lower-casing gave; those made six strings per title, and every spec has three such titles.
        /// </summary>
        internal static string Collapse(string title)
        {
            var text = new System.Text.StringBuilder(title.Length);
            bool pendingSpace = false;
            for (int i = 0; i < title.Length; i++)
            {
                int noteEnd = title[i] == '*' || title[i] == '_' || title[i] == '(' ? NoteEnd(title, i) : -1;
                if (noteEnd > i)
                {
                    i = noteEnd - 1;
                    continue;
                }

                char c = title[i];
                if (c == '*')
                {
                    continue;
                }

                if (c == ' ' || c == '\t' || c == '_')
                {
                    pendingSpace = text.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }

                text.Append(c);
            }

            int start = 0, end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return text.ToString(start, end - start).ToLowerInvariant();
        }

        private static readonly string[] NoteWords = { "mandatory)", "optional)" };

        // Where a note starting at i ends (after its trailing '*' and '_'), or -1 when none starts there.
        private static int NoteEnd(string title, int i)
        {
            int open = i;
            while (open < title.Length && (title[open] == '*' || title[open] == '_'))
            {
                open++;
            }

            if (open >= title.Length || title[open] != '(')
            {
                return -1;
            }

            int close = -1;
            foreach (string word in NoteWords)
            {
                if (LineScan.StartsWithAsciiIgnoreCaseAt(title, open + 1, word))
                {
                    close = open + word.Length;
                }
            }

            if (close < 0 && LineScan.StartsWithAsciiIgnoreCaseAt(title, open + 1, "include if"))
            {
                close = title.IndexOf(')', open + 11);
            }

            if (close < 0)
            {
                return -1;
            }

            int end = close + 1;
            while (end < title.Length && (title[end] == '*' || title[end] == '_'))
            {
                end++;
            }

            return end;
        }

        /// <summary>
        /// A title <see cref="Collapse"/> would only lower-case: no note, emphasis or underscore, single spaces, nothing
        /// to trim. Most headings are; collapsing each made five strings (1,000 features: building the sections allocated
        /// 14.1 MB before, 10.7 MB now).
        /// </summary>
        private static bool IsPlain(string title)
        {
            if (title.Length > 0 && (char.IsWhiteSpace(title[0]) || char.IsWhiteSpace(title[title.Length - 1])))
            {
                return false;
            }

            for (int i = 0; i < title.Length; i++)
            {
                switch (title[i])
                {
                    case '(':
                    case '*':
                    case '_':
                    case '\t':
                    case ' ' when i + 1 < title.Length && title[i + 1] == ' ':
                        return false;
                }
            }

            return true;
        }

        /// <summary>The innermost section holding the line whose normalized title starts with one of the keys, or null.</summary>
        public static MarkdownSection? Enclosing(IReadOnlyList<MarkdownSection> sections, int line, params string[] keys)
        {
            MarkdownSection? found = null;
            for (int i = 0; i < sections.Count; i++)
            {
                MarkdownSection section = sections[i];
                if (section.Contains(line) && LineScan.StartsWithAnyAt(section.Key, 0, keys))
                {
                    if (found == null || section.Level > found.Level)
                    {
                        found = section;
                    }
                }
            }

            return found;
        }
    }
}
