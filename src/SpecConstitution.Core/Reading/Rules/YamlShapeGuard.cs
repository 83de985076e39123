using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>
    /// Streams the YAML events once, before YamlDotNet builds a node graph, and refuses with a located problem any shape
    /// that would hurt the host: deep nesting (stack overflow), millions of nodes, an alias whose expansion is large
    /// (billion laughs), an alias inside the collection it names (a cycle), and any alias or collection used as a
    /// mapping key (YamlDotNet hashes keys by walking them: a cyclic key overflows the stack, an alias DAG key costs
    /// exponential time). Sizes are what aliases expand to, computed from the events, so a few aliases cannot hide a
    /// large expansion. Duplicate keys are taken out of the replayed events and listed, so a duplicate costs only the
    /// mapping it is in, not the file.
    /// </summary>
    internal static class YamlShapeGuard
    {
        public const int MaxDepth = 32;
        public const int MaxEvents = 100_000;

        /// <summary>Nodes one alias may stand for (the anchored subtree, its own aliases expanded).</summary>
        public const int MaxAliasExpansion = 1_000;

        /// <summary>Nodes the whole file may stand for once every alias is expanded.</summary>
        public const int MaxExpandedNodes = 100_000;

        public static YamlShape Inspect(string text) => new Walk().Run(new Parser(new StringReader(text)));

        private sealed class Frame
        {
            public Frame(bool isMapping, string? anchor, Mark start)
            {
                IsMapping = isMapping;
                Anchor = anchor;
                Start = start;
            }

            public Mark Start { get; }

            public bool IsMapping { get; }

            public string? Anchor { get; }

            /// <summary>For a mapping: the next child is a key (not a value).</summary>
            public bool ExpectKey { get; set; } = true;

            public long Size { get; set; } = 1;

            /// <summary>Collection levels below this one, aliases expanded.</summary>
            public int Height { get; set; }

            public HashSet<string> Keys { get; } = new HashSet<string>(System.StringComparer.Ordinal);
        }

        private readonly struct AnchorInfo
        {
            public AnchorInfo(long size, int height, bool open, bool skipped)
            {
                Size = size;
                Height = height;
                Open = open;
                Skipped = skipped;
            }

            /// <summary>Defined inside the value of a duplicate key, which is not in the graph.</summary>
            public bool Skipped { get; }

            public long Size { get; }

            public int Height { get; }

            /// <summary>The anchored collection has started and not ended: an alias to it now is a cycle.</summary>
            public bool Open { get; }
        }

        private sealed class Walk
        {
            private readonly List<ParsingEvent> _kept = new List<ParsingEvent>();
            private readonly List<DuplicateKey> _duplicates = new List<DuplicateKey>();
            private readonly Stack<Frame> _open = new Stack<Frame>();
            private readonly Dictionary<string, AnchorInfo> _anchors = new Dictionary<string, AnchorInfo>(System.StringComparer.Ordinal);
            private long _expanded;

            // Skipping the value of a duplicate key: 0 = not skipping; otherwise the open collections of the skipped value + 1.
            private int _skipDepth;

            public YamlShape Run(IParser parser)
            {
                int events = 0;
                while (parser.MoveNext())
                {
                    ParsingEvent current = parser.Current!;
                    if (++events > MaxEvents)
                    {
                        return YamlShape.Refused($"the file has more than {MaxEvents:N0} YAML nodes", current);
                    }

                    string? problem = Visit(current);
                    if (problem != null)
                    {
                        return YamlShape.Refused(problem, current);
                    }
                }

                return YamlShape.Accepted(_kept, _duplicates);
            }

            private string? Visit(ParsingEvent current)
            {
                switch (current)
                {
                    case DocumentStart _:
                        // Anchors do not cross documents.
                        _anchors.Clear();
                        break;
                    case Scalar scalar:
                        if (IsDuplicateKey(scalar))
                        {
                            return null;
                        }

                        return AddNode(scalar, size: 1, height: 0, AnchorName(scalar.Anchor));
                    case AnchorAlias alias:
                        return VisitAlias(alias);
                    case MappingStart mapping:
                        return Open(mapping, new Frame(isMapping: true, AnchorName(mapping.Anchor), mapping.Start));
                    case SequenceStart sequence:
                        return Open(sequence, new Frame(isMapping: false, AnchorName(sequence.Anchor), sequence.Start));
                    case MappingEnd _:
                    case SequenceEnd _:
                        return Close(current);
                }

                Keep(current);
                return null;
            }

            private bool IsDuplicateKey(Scalar scalar)
            {
                if (_skipDepth != 0 || _open.Count == 0 || !_open.Peek().IsMapping || !_open.Peek().ExpectKey)
                {
                    return false;
                }

                if (_open.Peek().Keys.Add(scalar.Value))
                {
                    return false;
                }

                // The key is dropped here and its value below, so the graph never holds two equal keys.
                _duplicates.Add(new DuplicateKey(scalar.Value, YamlRanges.Of(scalar.Start, scalar.End), _open.Peek().Start));
                _open.Peek().ExpectKey = false;
                _skipDepth = 1;
                return true;
            }

            private string? VisitAlias(AnchorAlias alias)
            {
                string name = alias.Value.Value;
                if (InKeyPosition())
                {
                    return $"the alias '*{name}' is used as a mapping key; keys must be plain values";
                }

                if (!_anchors.TryGetValue(name, out AnchorInfo target))
                {
                    return $"the alias '*{name}' names no anchor defined before it in this document";
                }

                if (target.Open)
                {
                    return $"the alias '*{name}' is inside the collection it names, which would make the YAML endless";
                }

                if (target.Skipped && _skipDepth == 0)
                {
                    return $"the alias '*{name}' names an anchor under a duplicate key, which is not read";
                }

                if (target.Size > MaxAliasExpansion)
                {
                    return $"the alias '*{name}' stands for {target.Size:N0} nodes, over the {MaxAliasExpansion:N0}-node limit for one alias";
                }

                return AddNode(alias, target.Size, target.Height, anchor: null);
            }

            private string? Open(NodeEvent start, Frame frame)
            {
                if (InKeyPosition())
                {
                    return $"a {(frame.IsMapping ? "mapping" : "list")} is used as a mapping key; keys must be plain values";
                }

                if (_skipDepth != 0)
                {
                    _skipDepth++;
                }

                _open.Push(frame);
                if (_open.Count > MaxDepth)
                {
                    return $"nesting is deeper than {MaxDepth} levels";
                }

                if (frame.Anchor != null)
                {
                    _anchors[frame.Anchor] = new AnchorInfo(0, 0, open: true, skipped: _skipDepth != 0);
                }

                Keep(start);
                return null;
            }

            private string? Close(ParsingEvent end)
            {
                Frame frame = _open.Pop();
                if (frame.Anchor != null)
                {
                    _anchors[frame.Anchor] = new AnchorInfo(frame.Size, frame.Height + 1, open: false, skipped: _skipDepth != 0);
                }

                if (_skipDepth != 0)
                {
                    _skipDepth--;
                }

                Keep(end);

                return Completed(frame.Size, frame.Height + 1);
            }

            private string? AddNode(ParsingEvent node, long size, int height, string? anchor)
            {
                Keep(node);
                if (anchor != null)
                {
                    _anchors[anchor] = new AnchorInfo(size, height, open: false, skipped: _skipDepth != 0);
                }

                return Completed(size, height);
            }

            /// <summary>A whole node (scalar, alias or collection) of <paramref name="size"/> expanded nodes has been read.</summary>
            private string? Completed(long size, int height)
            {
                if (_skipDepth == 1)
                {
                    // The duplicate key's value is complete: stop skipping. The mapping now waits for a key again.
                    _skipDepth = 0;
                    _open.Peek().ExpectKey = true;
                    return null;
                }

                if (_skipDepth == 0)
                {
                    _expanded += size;
                    if (_expanded > MaxExpandedNodes)
                    {
                        return $"with its aliases expanded the file stands for more than {MaxExpandedNodes:N0} YAML nodes";
                    }
                }

                if (_open.Count + height > MaxDepth)
                {
                    return $"with its aliases expanded, nesting is deeper than {MaxDepth} levels";
                }

                if (_open.Count == 0)
                {
                    return null;
                }

                Frame parent = _open.Peek();
                parent.Size += size;
                parent.Height = System.Math.Max(parent.Height, height);

                if (parent.IsMapping)
                {
                    parent.ExpectKey = !parent.ExpectKey;
                }

                return null;
            }

            private bool InKeyPosition() => _open.Count != 0 && _open.Peek().IsMapping && _open.Peek().ExpectKey;

            private void Keep(ParsingEvent current)
            {
                if (_skipDepth == 0)
                {
                    _kept.Add(current);
                }
            }

            private static string? AnchorName(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;
        }
    }
}
