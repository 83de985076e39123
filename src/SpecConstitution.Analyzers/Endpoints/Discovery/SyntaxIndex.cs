using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Where the compilation calls a method or assigns a member of a given name. Endpoint rules ask once per helper
    /// method: reading every file per question made discovery quadratic (helpers × files, 56 % of the analyzer's
    /// time at 5,000 endpoints). Now each tree's words are read once from its text (<see cref="TreeNames"/>), and a tree's
    /// nodes are indexed once, only when it may hold a name asked for. Asked for a source method's calls, a tree whose
    /// text spells the name only as often as the method's declarations there do is skipped too: else every helper's
    /// own file was walked for nothing. Nodes come back in the order a walk of the trees in compilation order meets
    /// them, as they did when each question walked the files itself.
    /// </summary>
    internal sealed class SyntaxIndex
    {
        private static readonly IReadOnlyList<SyntaxNode> None = Array.Empty<SyntaxNode>();

        private readonly SyntaxTree[] _trees;
        private readonly TreeNames[] _names;
        private readonly ComputedOnce<TreeNodes>[] _nodes;

        private SyntaxIndex(SyntaxTree[] trees, TreeNames[] names)
        {
            _trees = trees;
            _names = names;
            _nodes = trees.Select(tree => new ComputedOnce<TreeNodes>(cancellationToken => TreeNodes.Walk(tree, cancellationToken))).ToArray();
        }

        /// <summary>The index over <paramref name="trees"/>, once every tree's names are known (<see cref="SharedSyntaxIndex"/> shares that walk).</summary>
        public static SyntaxIndex Over(SyntaxTree[] trees, CancellationToken cancellationToken)
        {
            var names = new TreeNames[trees.Length];
            for (int i = 0; i < trees.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                names[i] = TreeNames.Of(trees[i], cancellationToken);
            }

            return new SyntaxIndex(trees, names);
        }

        /// <summary>The name a call is spelled with: <c>Name</c> in <c>x.Name(…)</c>, <c>Name(…)</c> and <c>Name&lt;T&gt;(…)</c>.</summary>
        public static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The member an assignment's left side names (<c>o.Name</c>, <c>Name</c> in an initializer, <c>o?.Name</c>), through parentheses and <c>!</c>.</summary>
        public static string? AssignedName(ExpressionSyntax left)
        {
            while (true)
            {
                switch (left)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        left = parenthesized.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        left = suppressed.Operand;
                        break;
                    case MemberAccessExpressionSyntax member:
                        return member.Name.Identifier.ValueText;
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name.Identifier.ValueText;
                    case SimpleNameSyntax name:
                        return name.Identifier.ValueText;
                    default:
                        return null;
                }
            }
        }

        /// <summary>The invocations spelled with one of <paramref name="methodNames"/>.</summary>
        public IReadOnlyList<SyntaxNode> Invocations(IReadOnlyCollection<string> methodNames, CancellationToken cancellationToken)
        {
            Word[] words = methodNames.Select(Word.Of).ToArray();
            return Lookup(methodNames, tree => words.Any(word => _names[tree].Invokes(word)), nodes => nodes.Invocations, cancellationToken);
        }

        /// <summary>
        /// The invocations spelled with the name of <paramref name="method"/>, a source method: the same nodes as
        /// <see cref="Invocations"/> finds for that name, without indexing the files that spell it only to declare it
        /// (profiled at 1,000 endpoints: walking every helper's own file was ~60 ms of the analyzers' ~240 ms).
        /// </summary>
        public IReadOnlyList<SyntaxNode> InvocationsOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            List<SyntaxTree> declaredIn = TreesOfDeclarationsSpelling(method, cancellationToken);
            Word name = Word.Of(method.Name);
            return Lookup(
                new[] { method.Name },
                tree => _names[tree].Invokes(name, declaredIn.Count(declaration => declaration == _trees[tree])),
                nodes => nodes.Invocations,
                cancellationToken);
        }

        /// <summary>The assignments to a member spelled <paramref name="memberName"/>.</summary>
        public IReadOnlyList<SyntaxNode> Assignments(string memberName, CancellationToken cancellationToken)
        {
            Word name = Word.Of(memberName);
            return Lookup(new[] { memberName }, tree => _names[tree].Assigns(name), nodes => nodes.Assignments, cancellationToken);
        }

        /// <summary>The trees, in compilation order, with an identifier name spelled <paramref name="identifier"/>.</summary>
        public IEnumerable<SyntaxTree> TreesWithIdentifier(string identifier, CancellationToken cancellationToken)
        {
            Word name = Word.Of(identifier);
            for (int i = 0; i < _trees.Length; i++)
            {
                if (_names[i].HasIdentifier(name, cancellationToken))
                {
                    yield return _trees[i];
                }
            }
        }

        /// <summary>Whether <paramref name="tree"/>'s nodes have been indexed: tests check which trees a question skipped.</summary>
        public bool HasIndexed(SyntaxTree tree) => _nodes[Array.IndexOf(_trees, tree)].IsComputed;

        /// <summary>
        /// The tree of each declaration of <paramref name="method"/> whose identifier spells its name, once per
        /// declaration. A partial method's two parts are two symbols, each declared once: both spell the name.
        /// </summary>
        private static List<SyntaxTree> TreesOfDeclarationsSpelling(IMethodSymbol method, CancellationToken cancellationToken) =>
            PartialParts.Declarations(method)
                .Where(reference => DeclaredIdentifier(reference.GetSyntax(cancellationToken)) == method.Name)
                // Should a symbol ever list its other part too, counting that declaration twice could skip a call.
                .Select(reference => (reference.SyntaxTree, reference.Span))
                .Distinct()
                .Select(declaration => declaration.SyntaxTree)
                .ToList();

        // Only these spell the symbol's name: a constructor's or an accessor's declaration does not, for instance.
        private static string? DeclaredIdentifier(SyntaxNode declaration) => declaration switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            LocalFunctionStatementSyntax local => local.Identifier.ValueText,
            _ => null,
        };

        private IReadOnlyList<SyntaxNode> Lookup(
            IReadOnlyCollection<string> names,
            Func<int, bool> mayHold,
            Func<TreeNodes, Dictionary<string, List<Occurrence>>> byName,
            CancellationToken cancellationToken)
        {
            List<SyntaxNode>? found = null;
            var inTree = new List<Occurrence>();
            for (int i = 0; i < _trees.Length; i++)
            {
                if (!mayHold(i))
                {
                    continue;
                }

                inTree.Clear();
                Dictionary<string, List<Occurrence>> index = byName(_nodes[i].Get(cancellationToken));
                foreach (string name in names)
                {
                    if (index.TryGetValue(name, out List<Occurrence>? occurrences))
                    {
                        inTree.AddRange(occurrences);
                    }
                }

                if (names.Count > 1)
                {
                    inTree.Sort((a, b) => a.Order.CompareTo(b.Order));
                }

                found ??= new List<SyntaxNode>();
                found.AddRange(inTree.Select(o => o.Node));
            }

            return found ?? None;
        }

        /// <summary>One tree's invocations and assignments by name, indexed when a question first needs the tree.</summary>
        private sealed class TreeNodes
        {
            public Dictionary<string, List<Occurrence>> Invocations { get; } = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);

            public Dictionary<string, List<Occurrence>> Assignments { get; } = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);

            public static TreeNodes Walk(SyntaxTree tree, CancellationToken cancellationToken)
            {
                var nodes = new TreeNodes();
                int order = 0;
                foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax invocation && MethodName(invocation) is string method)
                    {
                        Add(nodes.Invocations, method, new Occurrence(order++, node));
                    }
                    else if (node is AssignmentExpressionSyntax assignment && AssignedName(assignment.Left) is string member)
                    {
                        Add(nodes.Assignments, member, new Occurrence(order++, node));
                    }
                }

                return nodes;
            }

            private static void Add(Dictionary<string, List<Occurrence>> index, string name, Occurrence occurrence)
            {
                if (!index.TryGetValue(name, out List<Occurrence>? occurrences))
                {
                    index.Add(name, occurrences = new List<Occurrence>());
                }

                occurrences.Add(occurrence);
            }
        }

        /// <summary>A node and its place in its tree's walk, to merge the answers for several names in walk order.</summary>
        private readonly struct Occurrence
        {
            public Occurrence(int order, SyntaxNode node)
            {
                Order = order;
                Node = node;
            }

            public int Order { get; }

            public SyntaxNode Node { get; }
        }
    }
}
