using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A heading and the lines it governs, up to the next heading of the same or a higher level.</summary>
    public sealed class MarkdownSection
    {
        public MarkdownSection(int level, string title, TextRange range, int firstLine, int lastLine)
        {
            Level = level;
            SectionTitle shared = SharedText.Title(title);
            Title = shared.Text;
            Key = shared.Key;
            Range = range;
            FirstLine = firstLine;
            LastLine = lastLine;
        }

        public int Level { get; }

        /// <summary>The heading text as written.</summary>
        public string Title { get; }

        /// <summary>The heading text without emphasis and "(mandatory)" notes, lower case: what checks compare.</summary>
        // Computed once: checks ask for it once per line of the document.
        public string Key { get; }

        public TextRange Range { get; }

        /// <summary>The heading's line.</summary>
        public int FirstLine { get; }

        /// <summary>The last line the section governs.</summary>
        public int LastLine { get; }

        public bool Contains(int line) => line > FirstLine && line <= LastLine;
    }
}
