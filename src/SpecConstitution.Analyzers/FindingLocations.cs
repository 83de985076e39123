using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Analyzers
{
    /// <summary>Turns a Core 1-based range in an additional file into a Roslyn location.</summary>
    internal static class FindingLocations
    {
        public static Location Create(string path, SourceText text, TextRange range)
        {
            LinePosition start = Clamp(text, range.Line - 1, range.Column - 1);
            LinePosition end = Clamp(text, range.EndLine - 1, range.EndColumn - 1);
            if (end < start)
            {
                end = start;
            }

            TextSpan span = TextSpan.FromBounds(text.Lines.GetPosition(start), text.Lines.GetPosition(end));
            return Location.Create(path, span, new LinePositionSpan(start, end));
        }

        private static LinePosition Clamp(SourceText text, int line, int character)
        {
            if (text.Lines.Count == 0)
            {
                return new LinePosition(0, 0);
            }

            line = System.Math.Max(0, System.Math.Min(line, text.Lines.Count - 1));
            int length = text.Lines[line].End - text.Lines[line].Start;
            return new LinePosition(line, System.Math.Max(0, System.Math.Min(character, length)));
        }
    }
}
