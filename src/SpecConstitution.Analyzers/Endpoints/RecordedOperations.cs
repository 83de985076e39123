using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// Command-line builds: the invocations and member assignments the compiler hands to our operation actions, kept
    /// so that judging at the compilation's end asks no semantic model. Asking one during the analysis bound whole files
    /// (all of Program.cs, nullable analysis included) inside our callbacks, or waited for another thread binding them:
    /// at 5,000 endpoints ~220 ms of the analyzers' ~700 ms, for binding the compiler does for every operation action anyway.
    /// Answers are the nodes <see cref="SyntaxIndex"/> would find, in the same order: a walk of the trees in compilation order.
    /// </summary>
    internal sealed class RecordedOperations
    {
        private readonly ConcurrentQueue<IOperation> _invocations = new ConcurrentQueue<IOperation>();
        private readonly ConcurrentQueue<IOperation> _assignments = new ConcurrentQueue<IOperation>();
        private Dictionary<string, IOperation[]>? _invocationsByName;
        private Dictionary<string, IOperation[]>? _assignmentsByName;
        private WalkOrder? _order;

        /// <summary>True once every operation of the compilation was recorded (<see cref="Complete"/>).</summary>
        public bool IsComplete => _assignmentsByName != null;

        /// <summary>
        /// Records <paramref name="operation"/> when a syntax walk would index it: an explicit call spelled
        /// <c>Name(…)</c> or <c>x.Name(…)</c>, or a simple assignment to a member spelled <c>Name</c>.
        /// </summary>
        public void Record(IOperation operation)
        {
            if (operation.IsImplicit)
            {
                return;
            }

            switch (operation.Kind)
            {
                case OperationKind.Invocation when operation.Syntax is InvocationExpressionSyntax invocation && SyntaxIndex.MethodName(invocation) != null:
                    _invocations.Enqueue(operation);
                    break;
                case OperationKind.SimpleAssignment when operation.Syntax is AssignmentExpressionSyntax assignment && SyntaxIndex.AssignedName(assignment.Left) != null:
                    _assignments.Enqueue(operation);
                    break;
            }
        }

        /// <summary>Called at the compilation's end, when the compiler has handed over every operation.</summary>
        public void Complete(Compilation compilation)
        {
            var treeOrder = new Dictionary<SyntaxTree, int>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                treeOrder[tree] = treeOrder.Count;
            }

            _order = new WalkOrder(treeOrder);
            _invocationsByName = ByName(_invocations, _order, syntax => SyntaxIndex.MethodName((InvocationExpressionSyntax)syntax)!);
            _assignmentsByName = ByName(_assignments, _order, syntax => SyntaxIndex.AssignedName(((AssignmentExpressionSyntax)syntax).Left)!);
        }

        /// <summary>The recorded calls spelled with one of <paramref name="methodNames"/>.</summary>
        public IReadOnlyList<IOperation> Invocations(IReadOnlyCollection<string> methodNames) => Lookup(_invocationsByName!, methodNames, _order!);

        /// <summary>The recorded simple assignments to a member spelled <paramref name="memberName"/>.</summary>
        public IReadOnlyList<IOperation> Assignments(string memberName) => Lookup(_assignmentsByName!, new[] { memberName }, _order!);

        private static IReadOnlyList<IOperation> Lookup(Dictionary<string, IOperation[]> byName, IReadOnlyCollection<string> names, WalkOrder order)
        {
            if (names.Count == 1)
            {
                return byName.TryGetValue(names.First(), out IOperation[]? only) ? only : Array.Empty<IOperation>();
            }

            var found = new List<IOperation>();
            foreach (string name in names.Distinct(StringComparer.Ordinal))
            {
                if (byName.TryGetValue(name, out IOperation[]? operations))
                {
                    found.AddRange(operations);
                }
            }

            found.Sort(order);
            return found;
        }

        private static Dictionary<string, IOperation[]> ByName(IEnumerable<IOperation> operations, WalkOrder order, Func<SyntaxNode, string> name)
        {
            var byName = new Dictionary<string, IOperation[]>(StringComparer.Ordinal);
            foreach (IGrouping<string, IOperation> group in operations.GroupBy(operation => name(operation.Syntax), StringComparer.Ordinal))
            {
                IOperation[] sorted = group.ToArray();
                Array.Sort(sorted, order);
                byName.Add(group.Key, sorted);
            }

            return byName;
        }

        /// <summary>
        /// A pre-order walk's order: by tree, then by start, an enclosing node (the longer span) first, as
        /// <c>a.MapGet(…).RequireRateLimiting(…)</c> is met before the <c>MapGet</c> call inside it.
        /// </summary>
        private sealed class WalkOrder : IComparer<IOperation>
        {
            private readonly Dictionary<SyntaxTree, int> _treeOrder;

            public WalkOrder(Dictionary<SyntaxTree, int> treeOrder)
            {
                _treeOrder = treeOrder;
            }

            public int Compare(IOperation? x, IOperation? y)
            {
                SyntaxNode a = x!.Syntax, b = y!.Syntax;
                int byTree = _treeOrder[a.SyntaxTree].CompareTo(_treeOrder[b.SyntaxTree]);
                if (byTree != 0)
                {
                    return byTree;
                }

                int byStart = a.SpanStart.CompareTo(b.SpanStart);
                return byStart != 0 ? byStart : b.Span.Length.CompareTo(a.Span.Length);
            }
        }
    }
}
