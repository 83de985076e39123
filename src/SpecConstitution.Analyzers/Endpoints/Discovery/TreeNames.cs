using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Which names one syntax tree may call methods by, assign members by or mention: a cheap first filter before its
    /// nodes are indexed, kept as long as the tree lives. Trees outlive compilations (the IDE makes a new compilation
    /// per keystroke, reusing every unchanged tree), so after an edit only the edited file is read again. Only names
    /// are kept, never nodes: the IDE may drop an unchanged tree's syntax.
    /// </summary>
    internal sealed class TreeNames
    {
        private static readonly ConditionalWeakTable<SyntaxTree, TreeNames> PerTree = new ConditionalWeakTable<SyntaxTree, TreeNames>();

        // Read from the text (a superset: the index then checks the syntax), or, when the text cannot be read
        // exactly, gathered from the syntax as before.
        private readonly TextWords? _words;
        private readonly HashSet<string>? _invoked;
        private readonly HashSet<string>? _assigned;
        private readonly ComputedOnce<HashSet<string>>? _identifiers;

        private TreeNames(TextWords words)
        {
            _words = words;
        }

        private TreeNames(SyntaxTree tree)
        {
            _invoked = new HashSet<string>(StringComparer.Ordinal);
            _assigned = new HashSet<string>(StringComparer.Ordinal);
            _identifiers = new ComputedOnce<HashSet<string>>(cancellationToken => Identifiers(tree, cancellationToken));
        }

        public static TreeNames Of(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (PerTree.TryGetValue(tree, out TreeNames? names))
            {
                return names;
            }

            // Computed outside the table, with the caller's token: a cancelled read leaves nothing behind.
            TextWords? words = TextWords.Read(tree.GetText(cancellationToken), cancellationToken);
            TreeNames computed = words != null ? new TreeNames(words) : Walk(tree, cancellationToken);
            return PerTree.GetValue(tree, _ => computed);
        }

        /// <summary>False when no call in the tree is spelled <paramref name="methodName"/>; true when one may be.</summary>
        public bool Invokes(Word methodName) => _words?.MayContain(methodName) ?? _invoked!.Contains(methodName.Name);

        /// <summary>
        /// As <see cref="Invokes(Word)"/>, knowing that <paramref name="declarations"/> declarations in the tree spell
        /// <paramref name="methodName"/> too: a text spelling it no more often than they do holds no call of it.
        /// </summary>
        public bool Invokes(Word methodName, int declarations) =>
            _words != null ? _words.Occurrences(methodName) > declarations : _invoked!.Contains(methodName.Name);

        /// <summary>False when no assignment in the tree targets a member spelled <paramref name="memberName"/>; true when one may.</summary>
        public bool Assigns(Word memberName) => _words?.MayContain(memberName) ?? _assigned!.Contains(memberName.Name);

        /// <summary>False when no identifier in the tree is spelled <paramref name="identifier"/>; true when one may be.</summary>
        public bool HasIdentifier(Word identifier, CancellationToken cancellationToken) =>
            _words?.MayContain(identifier) ?? _identifiers!.Get(cancellationToken).Contains(identifier.Name);

        private static TreeNames Walk(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var names = new TreeNames(tree);
            foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && SyntaxIndex.MethodName(invocation) is string method)
                {
                    names._invoked!.Add(method);
                }
                else if (node is AssignmentExpressionSyntax assignment && SyntaxIndex.AssignedName(assignment.Left) is string member)
                {
                    names._assigned!.Add(member);
                }
            }

            return names;
        }

        // Field- and property-held builders are rare: identifiers are gathered only when one is first followed.
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
