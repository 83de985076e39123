using System;
using System.Collections.Generic;

namespace SpecConstitution.Text
{
    /// <summary>A text file with its line starts, so any offset maps to a 1-based line and column.</summary>
    public sealed class SourceFile
    {
        private readonly int[] _lineStarts;

        public SourceFile(string path, string text)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            // A UTF-8 BOM decoded as U+FEFF must not shift columns or hide a heading.
            Text = text != null && text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text ?? string.Empty;
            _lineStarts = ComputeLineStarts(Text);
        }

        public string Path { get; }

        public string Text { get; }

        public int LineCount => _lineStarts.Length;

        /// <summary>The 1-based line's text without its line break.</summary>
        public string GetLine(int line)
        {
            int start = _lineStarts[line - 1];
            int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
            while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
            {
                end--;
            }

            return Text.Substring(start, end - start);
        }

        public IEnumerable<string> Lines()
        {
            for (int line = 1; line <= LineCount; line++)
            {
                yield return GetLine(line);
            }
        }

        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            // A trailing line break does not open a further line.
            if (starts.Count > 1 && starts[starts.Count - 1] == text.Length)
            {
                starts.RemoveAt(starts.Count - 1);
            }

            return starts.ToArray();
        }
    }
}
