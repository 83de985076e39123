namespace SpecConstitution.Infrastructure.Text
{
    /// <summary>A location in a file: 1-based line and column of its start and end (end column exclusive).</summary>
    public readonly struct TextRange
    {
        public TextRange(int line, int column, int endLine, int endColumn)
        {
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        public int Line { get; }

        public int Column { get; }

        public int EndLine { get; }

        public int EndColumn { get; }

        public static TextRange OnLine(int line, int column, int length) => new TextRange(line, column, line, column + length);

        public static TextRange StartOfFile => new TextRange(1, 1, 1, 1);
    }
}
