using SpecConstitution.Infrastructure.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    internal static class YamlRanges
    {
        // YamlDotNet marks are 1-based, as MSBuild and our findings are.
        public static TextRange Of(YamlNode node) => Of(node.Start, node.End);

        public static TextRange Of(Mark start, Mark end)
        {
            int line = (int)System.Math.Max(1, start.Line);
            int column = (int)System.Math.Max(1, start.Column);
            int endLine = (int)System.Math.Max(line, end.Line);
            int endColumn = (int)(endLine == line ? System.Math.Max(column, end.Column) : System.Math.Max(1, end.Column));
            return new TextRange(line, column, endLine, endColumn);
        }
    }
}
