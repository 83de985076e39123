using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace SpecConstitution.Analyzers.Configuration
{
    /// <summary>
    /// Caches a parse by file path and content checksum, so the compiler server parses a rules file shared by
    /// many projects once, and the IDE does not re-parse on every keystroke in a C# file.
    /// </summary>
    internal sealed class ContentCache<T>
        where T : class
    {
        private readonly int _capacity;
        private readonly ConcurrentDictionary<string, T> _entries = new ConcurrentDictionary<string, T>();

        /// <param name="capacity">Entries kept before the cache starts over: above the number of files one build passes.</param>
        public ContentCache(int capacity = 64)
        {
            _capacity = capacity;
        }

        public T GetOrAdd(string path, SourceText text, System.Func<string, SourceText, T> parse)
        {
            string key = path + "|" + Hex(text.GetChecksum());
            if (_entries.TryGetValue(key, out T? cached))
            {
                return cached;
            }

            if (_entries.Count >= _capacity)
            {
                // Edits produce a new checksum each time; dropping everything now and then keeps memory bounded.
                _entries.Clear();
            }

            return _entries.GetOrAdd(key, _ => parse(path, text));
        }

        private static string Hex(ImmutableArray<byte> checksum) => string.Concat(checksum.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
