using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>
    /// Splits markdown into lines and marks which are prose: fenced blocks (three or more backticks or tildes) and HTML
    /// comments are not, so template examples and code samples never count as findings. The lines are an exact array:
    /// each parser loops over them several times, and a list's enumerator of structs is generic code that no
    /// precompiled image holds (a cold build ran it unoptimised).
    /// </summary>
    public static class MarkdownScanner
    {
        [MethodImpl(JitHints.Optimize)]
        public static MarkdownLine[] Scan(SourceFile file)
        {
            var lines = new MarkdownLine[file.LineCount];
            string? openFence = null;
            bool inComment = false;
            for (int number = 1; number <= file.LineCount; number++)
            {
                string text = file.GetLine(number);
                string trimmed = text.TrimStart();

                if (openFence != null)
                {
                    if (trimmed.StartsWith(openFence, System.StringComparison.Ordinal) && trimmed.TrimEnd().Trim(openFence[0]).Length == 0)
                    {
                        openFence = null;
                    }

                    lines[number - 1] = new MarkdownLine(number, text, false, 0, string.Empty);
                    continue;
                }

                string? fence = ReadFence(trimmed);
                if (fence != null && !inComment)
                {
                    openFence = fence;
                    lines[number - 1] = new MarkdownLine(number, text, false, 0, string.Empty);
                    continue;
                }

                bool lineIsProse = !inComment;
                inComment = UpdateCommentState(text, inComment, ref lineIsProse);

                int level = lineIsProse ? HeadingLevel(trimmed) : 0;
                string heading = level > 0 ? trimmed.Substring(level).Trim().TrimEnd('#').Trim() : string.Empty;
                lines[number - 1] = new MarkdownLine(number, text, lineIsProse, level, heading);
            }

            return lines;
        }

        private static string? ReadFence(string trimmed)
        {
            if (trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
            {
                return null;
            }

            int count = 0;
            while (count < trimmed.Length && trimmed[count] == trimmed[0])
            {
                count++;
            }

            return count >= 3 ? trimmed.Substring(0, count) : null;
        }

        // A line that opens or closes a comment is still prose for the part outside it;
        // a line wholly inside a comment is not.
        private static bool UpdateCommentState(string text, bool inComment, ref bool lineIsProse)
        {
            int index = 0;
            while (index < text.Length)
            {
                if (inComment)
                {
                    int close = text.IndexOf("-->", index, System.StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return true;
                    }

                    inComment = false;
                    index = close + 3;
                    if (text.Substring(index).Trim().Length > 0)
                    {
                        lineIsProse = true;
                    }
                }
                else
                {
                    int open = text.IndexOf("<!--", index, System.StringComparison.Ordinal);
                    if (open < 0)
                    {
                        return false;
                    }

                    if (text.Substring(0, open).Trim().Length == 0 && index == 0)
                    {
                        lineIsProse = false;
                    }

                    inComment = true;
                    index = open + 4;
                }
            }

            return inComment;
        }

        private static int HeadingLevel(string trimmed)
        {
            int level = 0;
            while (level < trimmed.Length && level < 7 && trimmed[level] == '#')
            {
                level++;
            }

            bool valid = level >= 1 && level <= 6 && (trimmed.Length == level || trimmed[level] == ' ' || trimmed[level] == '\t');
            return valid ? level : 0;
        }
    }
}
