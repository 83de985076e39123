using System.Text;
using CsCheck;

namespace SpecConstitution.Reliability.Tests;

/// <summary>Generators of hostile text: random bytes, and real documents mutated line- and character-wise.</summary>
internal static class Mutations
{
    private const string Alphabet = "#-*[]():|`~<>!\"' \t\r\n\0xX0123456789TFRSCUP.\\/{}&*@,é€\uFEFF\uD800";

    public static readonly Gen<string> RandomText = Gen.Char[Alphabet].Array[0, 400].Select(chars => new string(chars));

    public static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[0, 600];

    /// <summary>A seed document with 1–8 mutations applied.</summary>
    public static readonly Gen<string> MutatedDocument =
        Gen.Int[0, FuzzSettings.SeedDocuments.Count - 1]
            .SelectMany(seed => Gen.Select(Gen.Int[1, 8], Gen.UInt, (count, salt) => Mutate(FuzzSettings.SeedDocuments[seed], count, salt)));

    public static string Mutate(string text, int count, uint salt)
    {
        var random = new Random((int)salt);
        var builder = new StringBuilder(text);
        for (int i = 0; i < count && builder.Length >= 0; i++)
        {
            int at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(7))
            {
                case 0: // truncate
                    builder.Length = at;
                    break;
                case 1: // delete a run
                    builder.Remove(at, Math.Min(random.Next(1, 40), builder.Length - at));
                    break;
                case 2: // insert structure characters
                    builder.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString() + Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 3: // duplicate a chunk (grammar elements twice)
                    int length = Math.Min(random.Next(1, 200), builder.Length - at);
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                case 4: // line endings: CRLF or lone CR
                    builder.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r", at, builder.Length - at);
                    break;
                case 5: // NUL and BOM in the middle
                    builder.Insert(at, random.Next(2) == 0 ? "\0" : "\uFEFF");
                    break;
                default: // an unclosed marker or fence
                    builder.Insert(at, random.Next(3) switch { 0 => "[NEEDS CLARIFICATION: ", 1 => "\n```\n", _ => "<!-- " });
                    break;
            }
        }

        return builder.ToString();
    }
}
