using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// C# 14 extension blocks (<c>extension(IEndpointRouteBuilder routes) { public void MapX() { routes.MapGet(…); } }</c>),
    /// recognised by shape: the analyzers build against an older Roslyn API that has no <c>TypeKind.Extension</c>, but run
    /// in compilers that bind these blocks. There the receiver parameter's container is the block (a type), not a method,
    /// and a call <c>group.MapX()</c> passes the group as the invocation's instance.
    /// </summary>
    internal static class ExtensionBlocks
    {
        /// <summary>The receiver parameter of an extension block: the only parameter whose container is a type.</summary>
        public static bool IsReceiver(IParameterSymbol parameter) => parameter.ContainingSymbol is INamedTypeSymbol;

        /// <summary>A method declared inside an extension block (its containing type is nested in a static class and is not a class, struct or interface).</summary>
        public static bool IsMember(IMethodSymbol method) =>
            !method.IsStatic && method.ContainingType is { ContainingType: { IsStatic: true } } block &&
            block.TypeKind != TypeKind.Class && block.TypeKind != TypeKind.Struct && block.TypeKind != TypeKind.Interface &&
            block.TypeKind != TypeKind.Enum && block.TypeKind != TypeKind.Delegate;

        /// <summary>The member (method) of the block whose body holds <paramref name="reference"/>; lambdas and local functions are looked through.</summary>
        public static IMethodSymbol? EnclosingMember(IOperation reference)
        {
            ISymbol? symbol = reference.SemanticModel?.GetEnclosingSymbol(reference.Syntax.SpanStart);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol is IMethodSymbol method && IsMember(method) ? method : null;
        }

        /// <summary>The receiver's name, read from the block's parameter list (<c>extension(T routes)</c>).</summary>
        public static string? ReceiverName(IMethodSymbol member, CancellationToken cancellationToken) =>
            member.DeclaringSyntaxReferences
                .Select(r => r.GetSyntax(cancellationToken).Parent as TypeDeclarationSyntax)
                .Select(block => block?.ParameterList?.Parameters.FirstOrDefault()?.Identifier.ValueText)
                .FirstOrDefault(name => !string.IsNullOrEmpty(name));
    }
}
