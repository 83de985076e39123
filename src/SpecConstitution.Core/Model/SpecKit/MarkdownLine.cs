
namespace SpecConstitution.Model.SpecKit
{
    /// <summary>One line of a markdown file, with what the scanner knows about its context.</summary>
    public readonly struct MarkdownLine
    {
        public MarkdownLine(int number, string text, bool isProse, int headingLevel, string headingText)
        {
            Number = number;
            Text = text;
            IsProse = isProse;
            HeadingLevel = headingLevel;
            HeadingText = headingText;
        }

        /// <summary>1-based line number.</summary>
        public int Number { get; }

        public string Text { get; }

        /// <summary>False inside fenced code blocks and HTML comments, where nothing counts as structure or as an open marker.</summary>
        public bool IsProse { get; }

        /// <summary>1-6 for an ATX heading, else 0.</summary>
        public int HeadingLevel { get; }

        public string HeadingText { get; }
    }
}
