using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Tests.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Discovery;

public sealed class TextWordsTests
{
    [Fact]
    public void Holds_every_name_the_code_spells_and_not_others()
    {
        TextWords words = Read("app.MapGroup(\"/api\").RequireRateLimiting(\"p\"); options.GlobalLimiter = null; var @class = Ünïcode_1();");

        foreach (string name in new[] { "app", "MapGroup", "api", "RequireRateLimiting", "options", "GlobalLimiter", "class", "Ünïcode_1" })
        {
            Assert.True(words.MayContain(Word.Of(name)), name);
        }

        Assert.False(words.MayContain(Word.Of("MapControllers")));
        Assert.False(words.MayContain(Word.Of("Map")));
        Assert.False(words.MayContain(Word.Of("@class")));
    }

    [Fact]
    public void Reads_a_word_that_crosses_the_reader_s_chunks()
    {
        // The text is read 4,096 characters at a time.
        string text = new string(' ', 4090) + "MapControllers();";

        Assert.True(Read(text).MayContain(Word.Of("MapControllers")));
        Assert.False(Read(text).MayContain(Word.Of("MapCon")));
    }

    [Fact]
    public void Counts_each_word_up_to_two_and_past_two_as_unbounded()
    {
        // The text ends in the second Twice: a last word is counted too.
        TextWords words = Read("Once(); Twice(); Thrice(Thrice, Thrice); Often(Often, Often, Often, Often); Twice");

        Assert.Equal(0, words.Occurrences(Word.Of("Absent")));
        Assert.Equal(1, words.Occurrences(Word.Of("Once")));
        Assert.Equal(2, words.Occurrences(Word.Of("Twice")));
        Assert.Equal(int.MaxValue, words.Occurrences(Word.Of("Thrice")));
        Assert.Equal(int.MaxValue, words.Occurrences(Word.Of("Often")));
    }

    [Fact]
    public void Counts_a_word_that_crosses_the_reader_s_chunks_once()
    {
        // The first MapControllers spans characters 4,090 to 4,103: one word, not "MapCon" and "trollers".
        string text = new string(' ', 4090) + "MapControllers(); MapControllers();";

        Assert.Equal(2, Read(text).Occurrences(Word.Of("MapControllers")));
        Assert.Equal(0, Read(text).Occurrences(Word.Of("MapCon")));
        Assert.Equal(0, Read(text).Occurrences(Word.Of("trollers")));
    }

    [Theory]
    [InlineData("app.Map\\u0047et(\"/\", () => 1);")]
    [InlineData("var s = \"\\U0001F600\";")]
    [InlineData("app.Map\u200BGet();")]
    public void Refuses_text_whose_identifiers_may_not_read_as_written(string code) =>
        Assert.Null(TextWords.Read(SourceText.From(code), CancellationToken.None));

    [Fact]
    public void A_call_spelled_with_a_unicode_escape_is_still_found()
    {
        // Such a file is indexed from its syntax instead: Helper\u0030 is the identifier Helper0.
        SyntaxTree tree = CSharpSyntaxTree.ParseText("static class C { static void Helper0() { } static void Call() => Helper\\u0030(); }", path: "Escaped.cs");
        SyntaxIndex index = new SharedSyntaxIndex(CSharpCompilation.Create("Escaped", new[] { tree })).Get(CancellationToken.None);

        Assert.Single(index.Invocations(new[] { "Helper0" }, CancellationToken.None));
    }

    private static TextWords Read(string code)
    {
        TextWords? words = TextWords.Read(SourceText.From(code), CancellationToken.None);
        Assert.NotNull(words);
        return words!;
    }
}
