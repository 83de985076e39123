using System.Text;

namespace SpecConstitution.Reading.Markdown
{
    /// <summary>Blanks out inline code spans (<c>`like this`</c>) so that text quoted as code never counts as structure or as a marker.</summary>
    internal static class InlineCode
    {
        /// <summary>The line with every inline code span's content replaced by spaces: same length, so columns stay true.</summary>
        public static string Mask(string text)
        {
            if (text.IndexOf('`') < 0)
            {
                return text;
            }

            var masked = new StringBuilder(text);
            int index = 0;
            while (index < text.Length)
            {
                int open = text.IndexOf('`', index);
                if (open < 0)
                {
                    break;
                }

                int ticks = 1;
                while (open + ticks < text.Length && text[open + ticks] == '`')
                {
                    ticks++;
                }

                string fence = new string('`', ticks);
                int close = text.IndexOf(fence, open + ticks, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                for (int i = open + ticks; i < close; i++)
                {
                    masked[i] = ' ';
                }

                index = close + ticks;
            }

            return masked.ToString();
        }
    }
}
