using System.Text;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;

namespace SpecConstitution.Core.Tests.Reading.SpecKit;

/// <summary>Feature documents are decoded line by line; they must read exactly as the whole decoded text reads.</summary>
public sealed class LineReadingTests
{
    // Line breaks of every kind, a BOM, multi-byte characters, a lone continuation byte, a truncated sequence, NUL.
    private static readonly byte[][] Pieces =
    {
        Encoding.UTF8.GetBytes("abc"), Encoding.UTF8.GetBytes("# Heading"), Encoding.UTF8.GetBytes("  - [ ] T001 é ✓ 🎯"),
        new[] { (byte)'\n' }, new[] { (byte)'\r' }, new[] { (byte)'\r', (byte)'\n' }, new[] { (byte)'\n', (byte)'\r' },
        new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0x80 }, new byte[] { 0xE2, 0x9C }, new byte[] { 0 }, new[] { (byte)' ' },
    };

    [Fact]
    public void Lines_decoded_one_by_one_are_the_lines_of_the_decoded_text()
    {
        var random = new Random(20261125);
        int read = 0;
        for (int n = 0; n < 20_000; n++)
        {
            var bytes = new List<byte>();
            if (random.Next(5) == 0)
            {
                bytes.AddRange(Pieces[7]); // a BOM first
            }

            for (int k = random.Next(0, 8); k > 0; k--)
            {
                // Mostly text and breaks; now and then something invalid.
                bytes.AddRange(Pieces[random.Next(random.Next(6) == 0 ? Pieces.Length : 7)]);
            }

            byte[] input = bytes.ToArray();
            bool whole = SpecFileReader.TryDecode("/f.md", input, out SourceFile? text, out string textError);
            bool byLines = SpecFileReader.TryDecodeLines("/f.md", input, input.Length, out SourceFile? lines, out string linesError);
            string shown = Convert.ToHexString(input);
            Assert.True(whole == byLines, shown);
            Assert.Equal(textError, linesError);
            if (!whole)
            {
                continue;
            }

            read++;
            Assert.True(text!.LineCount == lines!.LineCount, shown);
            for (int line = 1; line <= text.LineCount; line++)
            {
                Assert.Equal(text.GetLine(line), lines.GetLine(line));
            }

            Assert.Equal(text.IsBlank, lines.IsBlank);
            Assert.Equal(string.Join("\n", text.Lines()), lines.Text);
        }

        Assert.InRange(read, 10_000, 19_000);
    }

    [Fact]
    public void A_file_read_as_lines_is_a_whole_text_for_whoever_asks()
    {
        Assert.True(SpecFileReader.TryDecodeLines("/f.md", Encoding.UTF8.GetBytes("\uFEFFa\r\nb\rc\n"), 10, out SourceFile? file, out _));
        Assert.Equal(new[] { "a", "b", "c" }, file!.Lines());
        Assert.Equal("a\nb\nc", file.Text);
        Assert.False(file.IsBlank);
    }
}
