using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// What the endpoint analyzers of one compilation share (rate limiting, authorization and routes each start on it):
    /// the ASP.NET Core symbols and the syntax index. Neither keeps a cancellation token, so sharing them is safe;
    /// bound operations stay in each analyzer's <see cref="EndpointIndex"/>, whose semantic models the compiler shares anyway.
    /// </summary>
    internal sealed class CompilationFacts
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationFacts> PerCompilation = new ConditionalWeakTable<Compilation, CompilationFacts>();

        private readonly SharedSyntaxIndex _syntax;

        private CompilationFacts(Compilation compilation)
        {
            Symbols = AspNetCoreSymbols.Create(compilation);
            _syntax = new SharedSyntaxIndex(compilation);
        }

        public AspNetCoreSymbols Symbols { get; }

        public static CompilationFacts For(Compilation compilation) => PerCompilation.GetValue(compilation, c => new CompilationFacts(c));

        public SyntaxIndex Syntax(CancellationToken cancellationToken) => _syntax.Get(cancellationToken);
    }
}
