using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Tests.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Discovery;

public sealed class SharedSyntaxIndexTests
{
    private const int Files = 40;

    [Fact]
    public void Callers_that_arrive_together_share_one_index_that_sees_every_file()
    {
        Compilation compilation = CompilationOfHelperCalls();
        var shared = new SharedSyntaxIndex(compilation);

        SyntaxIndex[] seen = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => shared.Get(CancellationToken.None)).ToArray();

        Assert.All(seen, index => Assert.Same(seen[0], index));
        AssertFindsEveryCall(seen[0]);
    }

    [Fact]
    public void A_tree_left_unwalked_by_a_cancelled_caller_is_walked_by_the_next()
    {
        Compilation compilation = CompilationOfHelperCalls();
        var shared = new SharedSyntaxIndex(compilation);

        // The cancelled caller claims the first tree and stops before walking it.
        Assert.Throws<OperationCanceledException>(() => shared.Get(new CancellationToken(canceled: true)));

        AssertFindsEveryCall(shared.Get(CancellationToken.None));
    }

    private static void AssertFindsEveryCall(SyntaxIndex index)
    {
        for (int i = 0; i < Files; i++)
        {
            SyntaxNode call = Assert.Single(index.Invocations(new[] { "Helper" + i }, CancellationToken.None));
            Assert.EndsWith($"File{i}.cs", call.SyntaxTree.FilePath, StringComparison.Ordinal);
        }
    }

    private static Compilation CompilationOfHelperCalls() => CSharpCompilation.Create(
        "Index",
        Enumerable.Range(0, Files).Select(i => CSharpSyntaxTree.ParseText(
            $"static class C{i} {{ static void Helper{i}() {{ }} static void Call() => Helper{i}(); }}", path: $"File{i}.cs")));
}
