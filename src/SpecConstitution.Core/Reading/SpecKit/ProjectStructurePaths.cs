using System;
using System.Collections.Generic;
using System.Linq;

using SpecConstitution.Checks.Ownership;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// The paths a plan's "Project Structure" section lays out. Spec-Kit writes it as a tree in a code block
    /// (<c>src/</c>, <c>├── My.App.Web/</c>, <c>│   └── Program.cs</c>): a name's parent is the nearest line above it
    /// that is indented less. Lines that already hold a path (<c>src/My.App.Web/Program.cs</c>) count as written.
    /// </summary>
    public static class ProjectStructurePaths
    {
        private static readonly char[] TreeDrawing = { '│', '├', '└', '─', '|', '`', '+', ' ', '\t', '-', '*' };

        private static readonly char[] Placeholders = { '<', '>', '[', ']', '(', ')', '{', '}' };

        public static IReadOnlyList<string> Read(IReadOnlyList<string> lines)
        {
            var paths = new List<string>();
            var stack = new List<(int Indent, string Path)>();
            // With a code block, only its lines are the tree: the prose around it ("**Structure Decision**: ...") is not.
            bool fenced = lines.Any(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
            bool inFence = false;
            foreach (string raw in lines)
            {
                string line = raw.TrimEnd();
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                    stack.Clear();
                    continue;
                }

                if (line.Length == 0 || (fenced && !inFence) || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                int indent = 0;
                while (indent < line.Length && Array.IndexOf(TreeDrawing, line[indent]) >= 0)
                {
                    indent++;
                }

                // The name is the first word; what follows is a comment ("# the API") or prose.
                string rest = line.Substring(indent);
                int space = rest.IndexOfAny(new[] { ' ', '\t' });
                string name = (space < 0 ? rest : rest.Substring(0, space)).Trim('`', '*', ',', ';', ':').Replace('\\', '/');
                if (name.Length == 0 || !LooksLikeName(name))
                {
                    continue;
                }

                while (stack.Count > 0 && stack[stack.Count - 1].Indent >= indent)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                string path = stack.Count == 0 ? name.TrimStart('/') : stack[stack.Count - 1].Path + name.TrimStart('/');
                // A template placeholder ("specs/[###-feature]/") is no path, and neither is anything under it.
                bool placeholder = path.IndexOfAny(Placeholders) >= 0;
                if (!placeholder)
                {
                    paths.Add(path.TrimEnd('/'));
                }

                if (name.EndsWith("/", StringComparison.Ordinal))
                {
                    stack.Add((indent, path));
                }
            }

            return paths;
        }

        // A file or folder name: a trailing slash, a separator or an extension; plain words are prose.
        private static bool LooksLikeName(string name) =>
            name.EndsWith("/", StringComparison.Ordinal) || name.IndexOf('/') > 0 || (name.IndexOf('.') > 0 && !name.EndsWith(".", StringComparison.Ordinal) && name.Any(char.IsLetter));
    }
}
