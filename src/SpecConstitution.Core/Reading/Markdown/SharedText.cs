using System.Collections.Concurrent;
using System.Threading;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reading.Markdown
{
    /// <summary>
    /// One string for text that recurs across a tree's features: IDs (<c>FR-001</c>, <c>SC-004</c>, <c>T012</c>) and
    /// section titles with their keys. A parsed tree lives through the whole check, and at 1,000 features these copies
    /// were a third of its objects, each copied by every garbage collection that promoted the tree.
    /// </summary>
    internal static class SharedText
    {
        private static readonly string?[] FunctionalRequirements = new string?[1000];
        private static readonly string?[] SuccessCriteria = new string?[1000];
        private static readonly string?[] Tasks = new string?[1000];

        /// <summary>Titles seen, with their keys. Bounded: an IDE or a reused build node reads many trees over its life.</summary>
        private static readonly ConcurrentDictionary<string, SectionTitle> Titles = new ConcurrentDictionary<string, SectionTitle>(System.StringComparer.Ordinal);

        private const int MaxTitles = 4096;

        // Counted here: ConcurrentDictionary.Count takes every lock of the table.
        private static int _titleCount;

        /// <summary><c>text[start..start+length)</c>, shared when it is <c>FR-ddd</c>, <c>SC-ddd</c> or <c>Tddd</c>.</summary>
        public static string Id(string text, int start, int length)
        {
            string?[]? cache = null;
            int digits = start;
            if (length == 6 && text[start + 2] == '-' && (LineScan.StartsWithAt(text, start, "FR") || LineScan.StartsWithAt(text, start, "SC")))
            {
                cache = text[start] == 'F' ? FunctionalRequirements : SuccessCriteria;
                digits = start + 3;
            }
            else if (length == 4 && text[start] == 'T')
            {
                cache = Tasks;
                digits = start + 1;
            }

            if (cache == null || !LineScan.IsAsciiDigitAt(text, digits) || !LineScan.IsAsciiDigitAt(text, digits + 1) || !LineScan.IsAsciiDigitAt(text, digits + 2))
            {
                return text.Substring(start, length);
            }

            int number = ((text[digits] - '0') * 100) + ((text[digits + 1] - '0') * 10) + (text[digits + 2] - '0');
            // A race makes two equal strings, never a wrong one: an array slot holds one reference at a time.
            return cache[number] ??= text.Substring(start, length);
        }

        /// <summary>The title (the first instance seen of this text) and its normalized key.</summary>
        public static SectionTitle Title(string title)
        {
            if (Titles.TryGetValue(title, out SectionTitle? shared))
            {
                return shared;
            }

            var made = new SectionTitle(title, SectionIndex.Normalize(title));
            if (Volatile.Read(ref _titleCount) >= MaxTitles)
            {
                return made;
            }

            if (Titles.TryAdd(title, made))
            {
                Interlocked.Increment(ref _titleCount);
                return made;
            }

            return Titles.TryGetValue(title, out shared) ? shared : made;
        }
    }

    internal sealed class SectionTitle
    {
        public SectionTitle(string title, string key)
        {
            Text = title;
            Key = key;
        }

        public string Text { get; }

        public string Key { get; }
    }
}
