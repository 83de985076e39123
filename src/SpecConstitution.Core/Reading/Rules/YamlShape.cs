using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>What <see cref="YamlShapeGuard"/> decided: a located refusal, or the events YamlDotNet may safely build a graph from.</summary>
    internal sealed class YamlShape
    {
        private readonly IReadOnlyList<ParsingEvent> _events;

        private YamlShape(string? problem, TextRange problemRange, IReadOnlyList<ParsingEvent> events, IReadOnlyList<DuplicateKey> duplicates)
        {
            Problem = problem;
            ProblemRange = problemRange;
            _events = events;
            DuplicateKeys = duplicates;
        }

        public string? Problem { get; }

        public TextRange ProblemRange { get; }

        /// <summary>Second and later occurrences of a key in one mapping; they (and their values) are not in the graph.</summary>
        public IReadOnlyList<DuplicateKey> DuplicateKeys { get; }

        public static YamlShape Refused(string problem, ParsingEvent where) =>
            new YamlShape(problem, YamlRanges.Of(where.Start, where.End), System.Array.Empty<ParsingEvent>(), System.Array.Empty<DuplicateKey>());

        public static YamlShape Accepted(IReadOnlyList<ParsingEvent> events, IReadOnlyList<DuplicateKey> duplicates) =>
            new YamlShape(null, TextRange.StartOfFile, events, duplicates);

        /// <summary>The node graph, built from the checked events (the text is not parsed a second time).</summary>
        public YamlStream Load()
        {
            var stream = new YamlStream();
            stream.Load(new Replay(_events));
            return stream;
        }

        private sealed class Replay : IParser
        {
            private readonly IReadOnlyList<ParsingEvent> _events;
            private int _next;

            public Replay(IReadOnlyList<ParsingEvent> events)
            {
                _events = events;
            }

            public ParsingEvent? Current { get; private set; }

            public bool MoveNext()
            {
                Current = _next < _events.Count ? _events[_next++] : null;
                return Current != null;
            }
        }
    }

    /// <summary>A key met a second time in one mapping, where it is.</summary>
    internal sealed class DuplicateKey
    {
        public DuplicateKey(string key, TextRange range, Mark mapping)
        {
            Key = key;
            Range = range;
            Mapping = mapping;
        }

        /// <summary>Where the mapping that holds the key starts (YamlDotNet's node marks: a collection's End is not its end).</summary>
        public Mark Mapping { get; }

        public string Key { get; }

        public TextRange Range { get; }

        /// <summary>Set by the reader that reported it (a rule reports its own and drops itself).</summary>
        public bool Reported { get; set; }
    }
}
