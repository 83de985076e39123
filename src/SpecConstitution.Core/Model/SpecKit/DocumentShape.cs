using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>
    /// Two ways a whole document goes wrong that no section check sees: wrapped in one Markdown code fence (every
    /// heading is then code, invisible to Spec-Kit's commands and to every reader), or appended to itself (a second
    /// copy of the document, title and sections again, pasted or merged below the first).
    /// </summary>
    public sealed class DocumentShape
    {
        public static readonly DocumentShape Plain = new DocumentShape(null, null, string.Empty);

        internal DocumentShape(TextRange? fence, TextRange? repeatedTitle, string lineText)
        {
            Fence = fence;
            RepeatedTitle = repeatedTitle;
            LineText = lineText;
        }

        /// <summary>The text of the opening fence or of the repeated title line (the finding quotes it).</summary>
        public string LineText { get; }

        /// <summary>The opening fence of a fence that wraps the whole document, when one does.</summary>
        public TextRange? Fence { get; }

        /// <summary>The title heading where the document starts over, when it does.</summary>
        public TextRange? RepeatedTitle { get; }
    }
}
