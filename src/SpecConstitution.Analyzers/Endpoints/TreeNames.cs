using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// The names one syntax tree calls methods by and assigns members by, kept as long as the tree lives. Trees outlive
    /// compilations (the IDE makes a new compilation per keystroke, reusing every unchanged tree), so after an edit only
    /// the edited file is walked again. Only names are kept, never nodes: the IDE may drop an unchanged tree's syntax.
    /// </summary>
    internal sealed class TreeNames
    {
        private static readonly ConditionalWeakTable<SyntaxTree, TreeNames> PerTree = new ConditionalWeakTable<SyntaxTree, TreeNames>();

        private readonly HashSet<string> _invoked = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _assigned = new HashSet<string>(StringComparer.Ordinal);
        private readonly ComputedOnce<HashSet<string>> _identifiers;

        private TreeNames(SyntaxTree tree)
        {
            _identifiers = new ComputedOnce<HashSet<string>>(cancellationToken => Identifiers(tree, cancellationToken));
        }

        public static TreeNames Of(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (PerTree.TryGetValue(tree, out TreeNames? names))
            {
                return names;
            }

            // Computed outside the table, with the caller's token: a cancelled walk leaves nothing behind.
            TreeNames computed = Walk(tree, cancellationToken);
            return PerTree.GetValue(tree, _ => computed);
        }

        public bool Invokes(string methodName) => _invoked.Contains(methodName);

        public bool Assigns(string memberName) => _assigned.Contains(memberName);

        /// <summary>Field- and property-held builders are rare: identifiers are gathered only when one is first followed.</summary>
        public bool HasIdentifier(string identifier, CancellationToken cancellationToken) => _identifiers.Get(cancellationToken).Contains(identifier);

        private static TreeNames Walk(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var names = new TreeNames(tree);
            foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && SyntaxIndex.MethodName(invocation) is string method)
                {
                    names._invoked.Add(method);
                }
                else if (node is AssignmentExpressionSyntax assignment && SyntaxIndex.AssignedName(assignment.Left) is string member)
                {
                    names._assigned.Add(member);
                }
            }

            return names;
        }

        private static HashSet<string> Identifiers(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var identifiers = new HashSet<string>(StringComparer.Ordinal);
            foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is IdentifierNameSyntax name)
                {
                    identifiers.Add(name.Identifier.ValueText);
                }
            }

            return identifiers;
        }
    }
}
