using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Finds operations anywhere in the compilation. In the IDE it does so without waiting for a compilation-end pass,
    /// so endpoint diagnostics stay live: the syntax index says which nodes can answer, so only those are bound, and
    /// semantic models are shared between all questions asked during one compilation. A command-line build asks at
    /// the compilation's end, and calls and assignments then come from the operations it recorded.
    /// </summary>
    internal sealed class CompilationScanner
    {
        private readonly Compilation _compilation;
        private readonly CompilationFacts _facts;
        private readonly CancellationToken _cancellationToken;
        private readonly RecordedOperations? _recorded;
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        public CompilationScanner(Compilation compilation, CompilationFacts facts, RecordedOperations? recorded, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _facts = facts;
            _recorded = recorded;
            _cancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken => _cancellationToken;

        // Once a command-line build has recorded every operation, calls and assignments are looked up there, unbound.
        private RecordedOperations? Recorded => _recorded != null && _recorded.IsComplete ? _recorded : null;

        /// <summary>The operations of the invocations spelled with one of <paramref name="methodNames"/>.</summary>
        public IReadOnlyList<IOperation> FindInvocations(IReadOnlyCollection<string> methodNames) =>
            Recorded is RecordedOperations recorded && recorded.Covers(methodNames)
                ? recorded.Invocations(methodNames)
                : OperationsOf(Syntax.Invocations(methodNames, _cancellationToken));

        /// <summary>The operations of the invocations spelled with the name of <paramref name="method"/>, a source method.</summary>
        public IReadOnlyList<IOperation> FindInvocationsOf(IMethodSymbol method) =>
            Recorded?.Invocations(new[] { method.Name }) ?? OperationsOf(Syntax.InvocationsOf(method, _cancellationToken));

        /// <summary>The operations of the assignments to a member spelled <paramref name="memberName"/>.</summary>
        public IReadOnlyList<IOperation> FindAssignments(string memberName) =>
            Recorded is RecordedOperations recorded && recorded.Covers(new[] { memberName })
                ? recorded.Assignments(memberName)
                : OperationsOf(Syntax.Assignments(memberName, _cancellationToken));

        /// <summary>The operations of the nodes <paramref name="select"/> chooses (null to skip) in files with an identifier spelled <paramref name="identifier"/>.</summary>
        public List<IOperation> FindInFilesNaming(string identifier, Func<SyntaxNode, SyntaxNode?> select)
        {
            var result = new List<IOperation>();
            foreach (SyntaxTree tree in Syntax.TreesWithIdentifier(identifier, _cancellationToken))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                SemanticModel model = Model(tree);
                foreach (SyntaxNode node in tree.GetRoot(_cancellationToken).DescendantNodes())
                {
                    if (select(node) is SyntaxNode selected && model.GetOperation(selected, _cancellationToken) is IOperation operation)
                    {
                        result.Add(operation);
                    }
                }
            }

            return result;
        }

        /// <summary>The operation of <paramref name="node"/>: from the code a command-line build recorded, else bound.</summary>
        public IOperation? OperationOf(SyntaxNode node) => Recorded?.OperationOf(node) ?? Model(node.SyntaxTree).GetOperation(node, _cancellationToken);

        private SyntaxIndex Syntax => _facts.Syntax(_cancellationToken);

        private List<IOperation> OperationsOf(IReadOnlyList<SyntaxNode> nodes)
        {
            var result = new List<IOperation>(nodes.Count);
            SyntaxTree? tree = null;
            SemanticModel? model = null;
            foreach (SyntaxNode node in nodes)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (node.SyntaxTree != tree)
                {
                    tree = node.SyntaxTree;
                    model = Model(tree);
                }

                if (model!.GetOperation(node, _cancellationToken) is IOperation operation)
                {
                    result.Add(operation);
                }
            }

            return result;
        }

        private SemanticModel Model(SyntaxTree tree) =>
#pragma warning disable RS1030 // Once per file holding a looked-for node, per compilation: the only way to follow builders across files without a compilation-end pass.
            _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
