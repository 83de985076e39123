using System;
using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>Finds a whole-document code fence or a document appended to itself (see <see cref="DocumentShape"/>), one pass over the lines.</summary>
    internal static class DocumentShapeReader
    {
        public static DocumentShape Read(SourceFile file)
        {
            TextRange? fence = WholeFence(file);
            TextRange? repeated = fence == null ? RepeatedTitleOf(file) : null;
            TextRange? at = fence ?? repeated;
            return at == null ? DocumentShape.Plain : new DocumentShape(fence, repeated, file.GetLine(at.Value.Line).Trim());
        }

        private static TextRange? WholeFence(SourceFile file)
        {
            int first = 0, last = 0;
            for (int n = 1; n <= file.LineCount; n++)
            {
                if (file.GetLine(n).Trim().Length > 0)
                {
                    first = first == 0 ? n : first;
                    last = n;
                }
            }

            string opening = first == 0 ? string.Empty : file.GetLine(first).Trim();
            if (!opening.StartsWith("```", StringComparison.Ordinal) && !opening.StartsWith("~~~", StringComparison.Ordinal))
            {
                return null;
            }

            // The fence closes at the last line (or never), and what it holds is a Markdown document with headings.
            string marker = opening.Substring(0, 3);
            bool holdsHeading = false;
            for (int n = first + 1; n < last; n++)
            {
                string line = file.GetLine(n).TrimStart();
                if (line.StartsWith(marker, StringComparison.Ordinal))
                {
                    return null;
                }

                holdsHeading |= line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal);
            }

            // No fence inside: the last line closes the opening one, or nothing does. Either way all of it is code.
            return holdsHeading ? TextRange.OnLine(first, 1, file.GetLine(first).Length) : (TextRange?)null;
        }

        // The first title ("# Feature Specification: X") again, followed by at least two of the section headings
        // that came before it: the document was appended to itself, not given a report section.
        private static TextRange? RepeatedTitleOf(SourceFile file)
        {
            string? title = null;
            var sectionsBefore = new HashSet<string>(StringComparer.Ordinal);
            var sectionsAfter = new HashSet<string>(StringComparer.Ordinal);
            int repeatLine = 0;
            bool inFence = false;
            for (int n = 1; n <= file.LineCount; n++)
            {
                string line = file.GetLine(n).TrimEnd();
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                    continue;
                }

                if (inFence)
                {
                    continue;
                }

                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    if (title == null)
                    {
                        title = line;
                    }
                    else if (repeatLine == 0 && line == title)
                    {
                        repeatLine = n;
                    }
                }
                else if (line.StartsWith("## ", StringComparison.Ordinal) && title != null)
                {
                    (repeatLine == 0 ? sectionsBefore : sectionsAfter).Add(line);
                }
            }

            if (repeatLine == 0)
            {
                return null;
            }

            int again = 0;
            foreach (string section in sectionsAfter)
            {
                again += sectionsBefore.Contains(section) ? 1 : 0;
            }

            return again >= 2 ? TextRange.OnLine(repeatLine, 1, title!.Length) : (TextRange?)null;
        }
    }
}
