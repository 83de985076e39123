using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpecConstitution.Rules
{
    /// <summary>
    /// Streams the YAML events once before the document is built, so hostile input (deep nesting that would
    /// overflow the stack, millions of nodes, alias bombs) is refused with a located finding instead of crashing the host.
    /// </summary>
    internal static class YamlShapeGuard
    {
        public const int MaxDepth = 32;
        public const int MaxEvents = 100_000;
        public const int MaxAliases = 1_000;

        public static string? FindProblem(string text, out Mark where)
        {
            var parser = new Parser(new StringReader(text));
            int depth = 0, events = 0, aliases = 0;
            where = Mark.Empty;
            while (parser.MoveNext())
            {
                ParsingEvent current = parser.Current!;
                where = current.Start;
                if (++events > MaxEvents)
                {
                    return $"the file has more than {MaxEvents:N0} YAML nodes";
                }

                switch (current)
                {
                    case MappingStart _:
                    case SequenceStart _:
                        if (++depth > MaxDepth)
                        {
                            return $"nesting is deeper than {MaxDepth} levels";
                        }

                        break;
                    case MappingEnd _:
                    case SequenceEnd _:
                        depth--;
                        break;
                    case AnchorAlias _:
                        if (++aliases > MaxAliases)
                        {
                            return $"the file uses more than {MaxAliases:N0} aliases";
                        }

                        break;
                }
            }

            return null;
        }
    }
}
