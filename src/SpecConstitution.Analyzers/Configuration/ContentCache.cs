using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Text;

namespace SpecConstitution.Analyzers.Configuration
{
    /// <summary>
    /// The one idiom for caches keyed by file content: a parse (or a result computed from several files) kept under its
    /// inputs' paths and checksums (<see cref="ContentKey"/>), so the compiler server parses a rules file shared by many
    /// projects once, and the IDE does not re-parse on every keystroke in a C# file. Bounded: it starts over when full.
    /// Caches that live as long as a compilation or a syntax tree use ConditionalWeakTable instead (they hold no content key).
    /// </summary>
    internal sealed class ContentCache<T>
        where T : class
    {
        private readonly int _capacity;
        private readonly ConcurrentDictionary<string, T> _entries = new ConcurrentDictionary<string, T>(System.StringComparer.Ordinal);

        /// <param name="capacity">Entries kept before the cache starts over: above the number of files one build passes.</param>
        public ContentCache(int capacity = 64)
        {
            _capacity = capacity;
        }

        /// <summary>One file's parse, keyed by its path and checksum.</summary>
        public T GetOrAdd(string path, SourceText text, System.Func<string, SourceText, T> parse) =>
            GetOrAdd(ContentKey.Of(path, text), () => parse(path, text));

        /// <summary>A result keyed by a <see cref="ContentKey"/> the caller composed of every input it depends on.</summary>
        public T GetOrAdd(string key, System.Func<T> compute)
        {
            if (_entries.TryGetValue(key, out T? cached))
            {
                return cached;
            }

            if (_entries.Count >= _capacity)
            {
                // Edits produce a new checksum each time; dropping everything now and then keeps memory bounded.
                _entries.Clear();
            }

            return _entries.GetOrAdd(key, _ => compute());
        }
    }
}
