using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Every identifier-like word in a file's text, kept as hashes: a superset of the names its syntax calls, assigns
    /// or mentions (comments and strings add words, never remove one). Reading the text is ~50x cheaper than walking
    /// the syntax (measured at 5,000 endpoints: 4–8 ms against 230 ms, which also built every file's red nodes), and
    /// a file whose text could spell an identifier differently from its value is not read this way at all.
    /// Each word's count is kept up to two: a file spelling a method's name only in its declaration holds no call of
    /// it, so the method's own file need not be walked to find its callers (<see cref="SyntaxIndex.InvocationsOf"/>).
    /// </summary>
    internal sealed class TextWords
    {
        private const int ChunkLength = 4096;
        private const uint HashSeed = 2166136261;
        private const uint HashPrime = 16777619;

        // A method has at most two declarations (a partial one's parts): past two, a count tells nothing more.
        private const byte Many = 3;

        private readonly Dictionary<uint, byte> _counts;

        private TextWords(Dictionary<uint, byte> counts)
        {
            _counts = counts;
        }

        /// <summary>True when <paramref name="word"/> may be one of the words (false only when it surely is not).</summary>
        public bool MayContain(Word word) => _counts.ContainsKey(word.Hash);

        /// <summary>
        /// How many times <paramref name="word"/> may occur as a word: never fewer than it does (0 only when it surely
        /// does not), possibly more (words of equal hash are counted together), and <see cref="int.MaxValue"/> past two.
        /// </summary>
        public int Occurrences(Word word)
        {
            _counts.TryGetValue(word.Hash, out byte count);
            return count < Many ? count : int.MaxValue;
        }

        /// <summary>
        /// The words of <paramref name="text"/>, or null when an identifier's value could differ from its spelling:
        /// a Unicode escape (<c>\u0041</c>) or a formatting character, which the compiler reads differently.
        /// </summary>
        public static TextWords? Read(SourceText text, CancellationToken cancellationToken)
        {
            var counts = new Dictionary<uint, byte>();
            var chunk = new char[ChunkLength];
            bool inWord = false;
            uint hash = HashSeed;
            char previous = '\0';
            for (int start = 0; start < text.Length; start += ChunkLength)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int length = System.Math.Min(ChunkLength, text.Length - start);
                text.CopyTo(start, chunk, 0, length);
                for (int i = 0; i < length; i++)
                {
                    char c = chunk[i];
                    if (IsWordCharacter(c, out bool readable))
                    {
                        if (!readable)
                        {
                            return null;
                        }

                        hash = Mix(inWord ? hash : HashSeed, c);
                        inWord = true;
                    }
                    else if (inWord)
                    {
                        Count(counts, hash);
                        inWord = false;
                    }

                    if (previous == '\\' && (c == 'u' || c == 'U'))
                    {
                        return null;
                    }

                    previous = c;
                }
            }

            if (inWord)
            {
                Count(counts, hash);
            }

            return new TextWords(counts);
        }

        private static void Count(Dictionary<uint, byte> counts, uint hash)
        {
            counts.TryGetValue(hash, out byte count);
            if (count < Many)
            {
                counts[hash] = (byte)(count + 1);
            }
        }

        /// <summary>The hash a word spelled <paramref name="name"/> is kept as (<see cref="Word.Of"/>).</summary>
        internal static uint Hash(string name)
        {
            uint hash = HashSeed;
            foreach (char c in name)
            {
                hash = Mix(hash, c);
            }

            return hash;
        }

        // FNV-1a, one step: the words read and the names asked must hash alike.
        private static uint Mix(uint hash, char c) => (hash ^ c) * HashPrime;

        /// <summary>
        /// ASCII letters, digits and '_' are words as written ('@' of a verbatim identifier is not part of its value).
        /// Beyond ASCII, letters, digits, marks and connectors are too; a formatting character is not readable.
        /// </summary>
        private static bool IsWordCharacter(char c, out bool readable)
        {
            readable = true;
            if (c < 128)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            }

            if (char.IsSurrogate(c))
            {
                return true;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.ConnectorPunctuation:
                    return true;
                case UnicodeCategory.Format:
                    readable = false;
                    return true;
                default:
                    return false;
            }
        }
    }
}
