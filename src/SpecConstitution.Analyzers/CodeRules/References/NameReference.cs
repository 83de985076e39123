using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.Analyzers.CodeRules.References
{
    /// <summary>
    /// What a simple name in source (<c>WebClient</c>, <c>Now</c>, <c>List&lt;T&gt;</c>) refers to, the way the code rules
    /// judge references: every type, member, attribute, base type and generic argument is written as such a name.
    /// </summary>
    internal readonly struct NameReference
    {
        private NameReference(ISymbol symbol, bool qualifiedByTypeName)
        {
            Symbol = symbol;
            QualifiedByTypeName = qualifiedByTypeName;
        }

        public ISymbol Symbol { get; }

        /// <summary>The name is <c>Type.Member</c>'s member: the type name is a reference of its own.</summary>
        public bool QualifiedByTypeName { get; }

        /// <summary>True when the name is a member access on something (<c>x.Name</c>, <c>T.Name</c>, <c>x?.Name</c>).</summary>
        public static bool IsQualified(SimpleNameSyntax name) =>
            name.Parent is MemberAccessExpressionSyntax access && access.Name == name ||
            name.Parent is MemberBindingExpressionSyntax ||
            name.Parent is QualifiedNameSyntax qualified && qualified.Right == name ||
            name.Parent is AliasQualifiedNameSyntax alias && alias.Name == name;

        public static NameReference? Bind(SimpleNameSyntax name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            // "var" binds to the inferred type, which is written (and judged) elsewhere or not at all.
            if (name is IdentifierNameSyntax { IsVar: true } || IsInUsingDirective(name) || IsNameofArgument(name))
            {
                return null;
            }

            ISymbol? symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            if (symbol == null || symbol is INamespaceSymbol || symbol is ITypeParameterSymbol || symbol is ILocalSymbol ||
                symbol is IParameterSymbol || symbol is IRangeVariableSymbol || symbol is ILabelSymbol || symbol is IDiscardSymbol)
            {
                return null;
            }

            if (symbol is IAliasSymbol alias)
            {
                symbol = alias.Target;
            }

            return new NameReference(symbol, IsQualifiedByType(name, model, cancellationToken));
        }

        private static bool IsQualifiedByType(SimpleNameSyntax name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            ExpressionSyntax? left = name.Parent switch
            {
                MemberAccessExpressionSyntax access when access.Name == name => access.Expression,
                QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left,
                _ => null,
            };
            return left != null && model.GetSymbolInfo(left, cancellationToken).Symbol is INamedTypeSymbol or IAliasSymbol { Target: INamedTypeSymbol };
        }

        private static bool IsInUsingDirective(SyntaxNode node)
        {
            for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
            {
                if (current is UsingDirectiveSyntax)
                {
                    return true;
                }

                if (current is MemberDeclarationSyntax || current is StatementSyntax)
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsNameofArgument(SyntaxNode node)
        {
            for (SyntaxNode? current = node.Parent; current != null && !(current is StatementSyntax) && !(current is MemberDeclarationSyntax); current = current.Parent)
            {
                if (current is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } invocation &&
                    invocation.ArgumentList.Arguments.Count == 1 && invocation.ArgumentList.Arguments[0].Span.Contains(node.Span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The declared alias names of a tree (<c>using WC = System.Net.WebClient;</c>), global ones included.</summary>
        public static System.Collections.Generic.IEnumerable<string> AliasNames(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
        {
            SyntaxNode root = tree.GetRoot(cancellationToken);
            foreach (SyntaxNode node in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax))
            {
                if (node is UsingDirectiveSyntax { Alias: { } alias })
                {
                    yield return alias.Name.Identifier.ValueText;
                }
            }
        }

        /// <summary>Where a reference is reported: the identifier alone, so <c>List&lt;Banned&gt;</c> reports List and Banned apart.</summary>
        public static Location LocationOf(SimpleNameSyntax name) => name.Identifier.GetLocation();

        public static readonly SyntaxKind[] NameKinds = { SyntaxKind.IdentifierName, SyntaxKind.GenericName };
    }
}
