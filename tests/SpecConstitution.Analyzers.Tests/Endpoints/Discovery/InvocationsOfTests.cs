using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Tests.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Discovery;

/// <summary>
/// The calls of a source method are found without indexing the files that spell its name only to declare it,
/// and are the very nodes, in the same order, that a lookup of the name finds.
/// </summary>
public sealed class InvocationsOfTests
{
    private const string Caller = "static class Program { static void Main() { Api.Helper(1); } }";

    [Fact]
    public void The_helper_s_own_file_is_not_indexed_to_find_its_callers()
    {
        var (index, trees, helper) = Index("Api", "Helper", "static class Api { public static void Helper(int n) { } }", Caller);

        SyntaxNode call = Assert.Single(index.InvocationsOf(helper, CancellationToken.None));

        Assert.Same(trees[1], call.SyntaxTree);
        Assert.False(index.HasIndexed(trees[0]));
        Assert.True(index.HasIndexed(trees[1]));
    }

    [Theory]
    [InlineData("static class Api { public static void Helper(int n) { if (n > 0) { Helper(n - 1); } } }")]
    [InlineData("static class Api { public static void Helper(int n) { } static void Twice() { Helper(1); Helper(2); } }")]
    [InlineData("static class Api { public static void Helper(int n) => Local(); static void Local() { } static void Other() => Api.Helper(3); }")]
    public void A_call_in_the_helper_s_own_file_is_found(string helperFile)
    {
        var (index, trees, helper) = Index("Api", "Helper", helperFile, Caller);

        IReadOnlyList<SyntaxNode> calls = index.InvocationsOf(helper, CancellationToken.None);

        Assert.Contains(calls, call => call.SyntaxTree == trees[0]);
        Assert.Equal(index.Invocations(new[] { "Helper" }, CancellationToken.None), calls);
    }

    [Theory]
    [InlineData("static class Api { /// <see cref=\"Helper\"/>\n public static void Helper(int n) { } }")]
    [InlineData("static class Api { public static void Helper(int n) { } static string Name => nameof(Helper); }")]
    [InlineData("static class Api { public static void Helper(int n) { } static string Name => \"Helper\"; }")]
    public void A_file_that_mentions_the_helper_besides_declaring_it_is_indexed_and_adds_no_call(string helperFile)
    {
        var (index, trees, helper) = Index("Api", "Helper", helperFile, Caller);

        IReadOnlyList<SyntaxNode> calls = index.InvocationsOf(helper, CancellationToken.None);

        Assert.True(index.HasIndexed(trees[0]));
        Assert.Same(trees[1], Assert.Single(calls).SyntaxTree);
    }

    [Fact]
    public void Neither_file_of_a_partial_method_s_parts_is_indexed()
    {
        var (index, trees, definition) = Index(
            "Api",
            "Helper",
            "static partial class Api { static partial void Helper(int n); }",
            "static partial class Api { static partial void Helper(int n) { } }",
            "static partial class Api { static void Call() => Helper(1); }");

        // Asked from either part: a parameter used in the implementation's body belongs to that part.
        foreach (IMethodSymbol part in new[] { definition, definition.PartialImplementationPart! })
        {
            SyntaxNode call = Assert.Single(index.InvocationsOf(part, CancellationToken.None));
            Assert.Same(trees[2], call.SyntaxTree);
        }

        Assert.False(index.HasIndexed(trees[0]));
        Assert.False(index.HasIndexed(trees[1]));
    }

    [Theory]
    [InlineData("static partial class Api { static partial void Helper(int n); static partial void Helper(int n) { } }", false)]
    [InlineData("static partial class Api { static partial void Helper(int n); static partial void Helper(int n) { } static void Call() => Helper(1); }", true)]
    public void A_partial_method_declared_in_one_file_is_found_there_only_when_called_there(string file, bool called)
    {
        var (index, trees, helper) = Index("Api", "Helper", file);

        IReadOnlyList<SyntaxNode> calls = index.InvocationsOf(helper, CancellationToken.None);

        Assert.Equal(called ? 1 : 0, calls.Count);
        Assert.Equal(called, index.HasIndexed(trees[0]));
    }

    [Theory]
    [InlineData("static class Api { public static void Helper\\u0030(int n) { } }", false)]
    [InlineData("static class Api { public static void Helper0(int n) { } static void Call() => Helper\\u0030(1); }", true)]
    public void A_file_read_from_its_syntax_is_indexed_only_when_it_calls_the_name(string helperFile, bool calls)
    {
        // A Unicode escape keeps the file's text from being read: its calls are known from its syntax instead.
        var (index, trees, helper) = Index("Api", "Helper0", helperFile, Caller.Replace("Helper", "Helper0"));

        IReadOnlyList<SyntaxNode> found = index.InvocationsOf(helper, CancellationToken.None);

        Assert.Equal(calls, index.HasIndexed(trees[0]));
        Assert.Equal(calls ? 2 : 1, found.Count);
    }

    private static (SyntaxIndex Index, SyntaxTree[] Trees, IMethodSymbol Method) Index(string type, string method, params string[] files)
    {
        SyntaxTree[] trees = files.Select((file, i) => CSharpSyntaxTree.ParseText(file, path: $"File{i}.cs")).ToArray();
        Compilation compilation = CSharpCompilation.Create("Helpers", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        IMethodSymbol symbol = compilation.GetTypeByMetadataName(type)!.GetMembers(method).OfType<IMethodSymbol>().Single();
        return (new SharedSyntaxIndex(compilation).Get(CancellationToken.None), trees, symbol);
    }
}
