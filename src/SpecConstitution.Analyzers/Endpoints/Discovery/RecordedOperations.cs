using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Command-line builds: the invocations and member assignments the compiler hands to our operation actions, kept
    /// so that judging at the compilation's end asks no semantic model. Asking one during the analysis bound whole files
    /// (all of Program.cs, nullable analysis included) inside our callbacks, or waited for another thread binding them:
    /// at 5,000 endpoints ~220 ms of the analyzers' ~700 ms, for binding the compiler does for every operation action anyway.
    /// Answers are the nodes <see cref="SyntaxIndex"/> would find, in the same order: a walk of the trees in compilation order.
    /// Only what a lookup can ask for is kept, since a kept operation keeps its whole body's bound tree alive: calls of
    /// source methods (a helper's call sites) and calls and assignments spelled with one of the framework names given.
    /// </summary>
    internal sealed class RecordedOperations
    {
        private readonly HashSet<string> _frameworkNames;
        private readonly ConcurrentQueue<IOperation> _invocations = new ConcurrentQueue<IOperation>();
        private readonly ConcurrentQueue<IOperation> _assignments = new ConcurrentQueue<IOperation>();
        private readonly ConcurrentDictionary<SyntaxNode, IOperation> _bodies = new ConcurrentDictionary<SyntaxNode, IOperation>();
        private Dictionary<string, NameEntry>? _invocationsByName;
        private Dictionary<string, NameEntry>? _assignmentsByName;
        private Dictionary<SyntaxTree, int>? _treeOrder;

        public RecordedOperations(IEnumerable<string> frameworkNames)
        {
            _frameworkNames = new HashSet<string>(frameworkNames, StringComparer.Ordinal);
        }

        /// <summary>True once every operation of the compilation was recorded (<see cref="Complete"/>).</summary>
        public bool IsComplete => _assignmentsByName != null;

        /// <summary>
        /// Records <paramref name="operation"/> when a syntax walk would index it (an explicit call spelled <c>Name(…)</c>
        /// or <c>x.Name(…)</c>, a simple assignment to a member spelled <c>Name</c>) and a lookup can ask for it.
        /// </summary>
        public void Record(IOperation operation)
        {
            if (operation.IsImplicit)
            {
                return;
            }

            switch (operation)
            {
                case IInvocationOperation call when call.Syntax is InvocationExpressionSyntax invocation && SyntaxIndex.MethodName(invocation) is string name &&
                                                    (_frameworkNames.Contains(name) || IsInSource(call.TargetMethod)):
                    _invocations.Enqueue(operation);
                    break;
                case ISimpleAssignmentOperation when operation.Syntax is AssignmentExpressionSyntax assignment && SyntaxIndex.AssignedName(assignment.Left) is string member &&
                                                     _frameworkNames.Contains(member):
                    _assignments.Enqueue(operation);
                    break;
            }
        }

        /// <summary>
        /// Keeps the bound code of a member a lookup may ask for (<see cref="EndpointIndex.MayAskForCodeOf"/>): a helper's
        /// body bound again at the end, after the compiler dropped its own binding, cost as much as compiling it.
        /// </summary>
        public void RecordBody(IEnumerable<IOperation> blocks)
        {
            foreach (IOperation block in blocks)
            {
                IOperation root = block;
                while (root.Parent != null)
                {
                    root = root.Parent;
                }

                _bodies.TryAdd(root.Syntax, root);
            }
        }

        /// <summary>
        /// The operation a semantic model would give for <paramref name="node"/> (the innermost one spelled by it), when
        /// the code holding it was recorded; else null.
        /// </summary>
        public IOperation? OperationOf(SyntaxNode node)
        {
            for (SyntaxNode? holder = node; holder != null; holder = holder.Parent)
            {
                if (_bodies.TryGetValue(holder, out IOperation? root))
                {
                    return Find(root, node);
                }
            }

            // A method's declaration encloses the block recorded for it.
            if (node is BaseMethodDeclarationSyntax method && (method.Body ?? (SyntaxNode?)method.ExpressionBody) is SyntaxNode body &&
                _bodies.TryGetValue(body, out IOperation? block))
            {
                return block;
            }

            return null;
        }

        private static IOperation? Find(IOperation root, SyntaxNode node)
        {
            IOperation? found = Outermost(root, node);

            // An implicit operation (a conversion, a delegate creation) is spelled by the node it wraps: the semantic model
            // answers with what it wraps.
            while (found is { IsImplicit: true } && found.ChildOperations.FirstOrDefault(child => child.Syntax == node) is IOperation inner)
            {
                found = inner;
            }

            return found;
        }

        // Only operations whose syntax encloses the node can hold it: the search goes down one branch, rarely two.
        private static IOperation? Outermost(IOperation operation, SyntaxNode node)
        {
            if (operation.Syntax == node)
            {
                return operation;
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                if (child.Syntax.SyntaxTree == node.SyntaxTree && child.Syntax.Span.Contains(node.Span) && Outermost(child, node) is IOperation found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>
        /// Registers what a command-line build records during the analysis: the calls and member assignments lookups ask
        /// for, and the bound code of the members <paramref name="index"/> may ask for (<see cref="EndpointIndex.MayAskForCodeOf"/>).
        /// </summary>
        public void RegisterOn(CompilationStartAnalysisContext context, EndpointIndex index)
        {
            context.RegisterOperationAction(c => Record(c.Operation), OperationKind.Invocation, OperationKind.SimpleAssignment);
            context.RegisterOperationBlockAction(c =>
            {
                if (index.MayAskForCodeOf(c.OwningSymbol))
                {
                    RecordBody(c.OperationBlocks);
                }
            });
        }

        /// <summary>Whether every one of <paramref name="names"/> was recorded whatever the called method: then lookups of them may come here.</summary>
        public bool Covers(IEnumerable<string> names) => names.All(_frameworkNames.Contains);

        private static bool IsInSource(IMethodSymbol method) => method.Locations.Length > 0 && method.Locations[0].IsInSource;

        /// <summary>Called at the compilation's end, when the compiler has handed over every operation.</summary>
        public void Complete(Compilation compilation)
        {
            var treeOrder = new Dictionary<SyntaxTree, int>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                treeOrder[tree] = treeOrder.Count;
            }

            _treeOrder = treeOrder;
            _invocationsByName = ByName(_invocations, syntax => SyntaxIndex.MethodName((InvocationExpressionSyntax)syntax)!);
            _assignmentsByName = ByName(_assignments, syntax => SyntaxIndex.AssignedName(((AssignmentExpressionSyntax)syntax).Left)!);
        }

        /// <summary>The recorded calls spelled with one of <paramref name="methodNames"/>: all of them for names it <see cref="Covers"/>, else those of source methods.</summary>
        public IReadOnlyList<IOperation> Invocations(IReadOnlyCollection<string> methodNames) => Lookup(_invocationsByName!, methodNames);

        /// <summary>The recorded simple assignments to a member spelled <paramref name="memberName"/>.</summary>
        public IReadOnlyList<IOperation> Assignments(string memberName) => Lookup(_assignmentsByName!, new[] { memberName });

        private IReadOnlyList<IOperation> Lookup(Dictionary<string, NameEntry> byName, IReadOnlyCollection<string> names)
        {
            if (names.Count == 1)
            {
                return byName.TryGetValue(names.First(), out NameEntry? only) ? only.Sorted(_treeOrder!) : Array.Empty<IOperation>();
            }

            var found = new List<IOperation>();
            foreach (string name in names.Distinct(StringComparer.Ordinal))
            {
                if (byName.TryGetValue(name, out NameEntry? entry))
                {
                    found.AddRange(entry.Operations);
                }
            }

            return SortedInWalkOrder(found, _treeOrder!);
        }

        private static Dictionary<string, NameEntry> ByName(IEnumerable<IOperation> operations, Func<SyntaxNode, string> name)
        {
            var byName = new Dictionary<string, NameEntry>(StringComparer.Ordinal);
            foreach (IOperation operation in operations)
            {
                string key = name(operation.Syntax);
                if (!byName.TryGetValue(key, out NameEntry? entry))
                {
                    byName.Add(key, entry = new NameEntry());
                }

                entry.Operations.Add(operation);
            }

            return byName;
        }

        /// <summary>
        /// A pre-order walk's order: by tree, then by start, an enclosing node (the longer span) first, as
        /// <c>a.MapGet(…).RequireRateLimiting(…)</c> is met before the <c>MapGet</c> call inside it.
        /// </summary>
        private static IOperation[] SortedInWalkOrder(List<IOperation> operations, Dictionary<SyntaxTree, int> treeOrder)
        {
            IOperation[] sorted = operations.ToArray();
            var keys = new WalkPosition[sorted.Length];
            for (int i = 0; i < sorted.Length; i++)
            {
                SyntaxNode syntax = sorted[i].Syntax;
                keys[i] = new WalkPosition(treeOrder[syntax.SyntaxTree], syntax.SpanStart, syntax.Span.Length);
            }

            Array.Sort(keys, sorted);
            return sorted;
        }

        /// <summary>The operations of one name, sorted when first asked for: few of the many names recorded ever are.</summary>
        private sealed class NameEntry
        {
            private IOperation[]? _sorted;

            public List<IOperation> Operations { get; } = new List<IOperation>();

            public IOperation[] Sorted(Dictionary<SyntaxTree, int> treeOrder) => _sorted ??= SortedInWalkOrder(Operations, treeOrder);
        }

        private readonly struct WalkPosition : IComparable<WalkPosition>
        {
            private readonly int _tree;
            private readonly int _start;
            private readonly int _length;

            public WalkPosition(int tree, int start, int length)
            {
                _tree = tree;
                _start = start;
                _length = length;
            }

            public int CompareTo(WalkPosition other)
            {
                int byTree = _tree.CompareTo(other._tree);
                if (byTree != 0)
                {
                    return byTree;
                }

                int byStart = _start.CompareTo(other._start);
                return byStart != 0 ? byStart : other._length.CompareTo(_length);
            }
        }
    }
}
