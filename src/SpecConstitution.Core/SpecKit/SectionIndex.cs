using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>Builds the section tree of a scanned document and answers "which section is this line in".</summary>
    public static class SectionIndex
    {
        private static readonly Regex Note = new Regex(@"[*_]*\((?:mandatory|optional|include if[^)]*)\)[*_]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, System.TimeSpan.FromSeconds(1));

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

        // Every note is in parentheses: most titles skip the regex.
        private static string Collapse(string title)
        {
            string text = (title.IndexOf('(') >= 0 ? Note.Replace(title, string.Empty) : title).Replace("*", string.Empty).Replace("_", " ");
            return string.Join(" ", text.Split(SpaceOrTab, System.StringSplitOptions.RemoveEmptyEntries)).Trim().ToLowerInvariant();
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

        private static readonly char[] SpaceOrTab = { ' ', '\t' };

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
