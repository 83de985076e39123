
namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// A name asked about, hashed once per question as <see cref="TextWords"/> hashes the words it reads: a lookup
    /// asks every file of the compilation, and hashing the name again for each was a cost of its own (a 5,000-endpoint
    /// build that still looked up this way: ~30 ms of samples in <see cref="TextWords.Occurrences"/> alone; the IDE still does).
    /// </summary>
    internal readonly struct Word
    {
        private Word(string name, uint hash)
        {
            Name = name;
            Hash = hash;
        }

        public string Name { get; }

        public uint Hash { get; }

        public static Word Of(string name) => new Word(name, TextWords.Hash(name));
    }
}
