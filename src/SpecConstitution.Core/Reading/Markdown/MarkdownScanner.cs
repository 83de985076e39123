using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reading.Markdown
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
                // Read in place from the indentation on: a trimmed copy of every indented line was a tenth of the scan.
                string text = file.GetLine(number);
                int indent = LineScan.SkipWhitespace(text, 0);

                if (openFence != null)
                {
                    if (ClosesFence(text, indent, openFence))
                    {
                        openFence = null;
                    }

                    lines[number - 1] = new MarkdownLine(number, text, false, 0, string.Empty);
                    continue;
                }

                string? fence = ReadFence(text, indent);
                if (fence != null && !inComment)
                {
                    openFence = fence;
                    lines[number - 1] = new MarkdownLine(number, text, false, 0, string.Empty);
                    continue;
                }

                bool lineIsProse = !inComment;
                inComment = UpdateCommentState(text, inComment, ref lineIsProse);

                int level = lineIsProse ? HeadingLevel(text, indent) : 0;
                string heading = level > 0 ? HeadingText(text, indent + level) : string.Empty;
                lines[number - 1] = new MarkdownLine(number, text, lineIsProse, level, heading);
            }

            return lines;
        }

        // Three or more backticks or tildes open a fence.
        private static string? ReadFence(string text, int indent)
        {
            if (text.Length - indent < 3 || (text[indent] != '`' && text[indent] != '~'))
            {
                return null;
            }

            char mark = text[indent];
            int count = 0;
            while (indent + count < text.Length && text[indent + count] == mark)
            {
                count++;
            }

            return count < 3 ? null : count == 3 ? (mark == '`' ? "```" : "~~~") : new string(mark, count);
        }

        // At least the opening run of the same mark, and nothing else but trailing whitespace.
        private static bool ClosesFence(string text, int indent, string openFence)
        {
            if (!LineScan.StartsWithAt(text, indent, openFence))
            {
                return false;
            }

            int end = LineScan.TrimWhitespaceEnd(text, indent, text.Length);
            for (int i = indent; i < end; i++)
            {
                if (text[i] != openFence[0])
                {
                    return false;
                }
            }

            return true;
        }

        // The title after the hashes: trimmed, without a closing run of hashes ("## Title ##" is "Title").
        private static string HeadingText(string text, int start)
        {
            start = LineScan.SkipWhitespace(text, start);
            int end = LineScan.TrimWhitespaceEnd(text, start, text.Length);
            while (end > start && text[end - 1] == '#')
            {
                end--;
            }

            end = LineScan.TrimWhitespaceEnd(text, start, end);
            return end > start ? text.Substring(start, end - start) : string.Empty;
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

        private static int HeadingLevel(string text, int indent)
        {
            int level = 0;
            while (indent + level < text.Length && level < 7 && text[indent + level] == '#')
            {
                level++;
            }

            int after = indent + level;
            bool valid = level >= 1 && level <= 6 && (text.Length == after || text[after] == ' ' || text[after] == '\t');
            return valid ? level : 0;
        }
    }
}
