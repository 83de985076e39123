using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.Analyzers.CodeRules.References
{
    /// <summary>
    /// Visits the simple names of a syntax tree with the namespace each one is written in, skipping whole namespace
    /// blocks the caller is not interested in. One walk per tree is far cheaper than one analyzer callback per
    /// identifier (measured: the callback overhead dominated on a 10,000-method project).
    /// </summary>
    internal static class NamespaceWalker
    {
        public static void Walk(SyntaxNode root, Func<string, bool> include, Action<SimpleNameSyntax, string> visit, CancellationToken cancellationToken) =>
            Visit(root, string.Empty, include, visit, cancellationToken);

        private static void Visit(SyntaxNode container, string ns, Func<string, bool> include, Action<SimpleNameSyntax, string> visit, CancellationToken cancellationToken)
        {
            bool included = include(ns);
            foreach (SyntaxNode child in container.ChildNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (child is BaseNamespaceDeclarationSyntax declaration)
                {
                    string name = declaration.Name.ToString().Replace(" ", string.Empty);
                    Visit(declaration, ns.Length == 0 ? name : ns + "." + name, include, visit, cancellationToken);
                    continue;
                }

                // The namespace's own name and using directives are not references.
                if (!included || child is UsingDirectiveSyntax || child is ExternAliasDirectiveSyntax ||
                    container is BaseNamespaceDeclarationSyntax owner && owner.Name == child)
                {
                    continue;
                }

                foreach (SyntaxNode node in child.DescendantNodesAndSelf())
                {
                    if (node is IdentifierNameSyntax || node is GenericNameSyntax)
                    {
                        visit((SimpleNameSyntax)node, ns);
                    }
                }
            }
        }
    }
}
