using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// Finds operations anywhere in the compilation without waiting for a compilation-end pass, so endpoint
    /// diagnostics stay live in the IDE. A cheap text probe keeps the semantic work to the few files that mention
    /// a name; semantic models are shared between all questions asked during one compilation.
    /// </summary>
    internal sealed class CompilationScanner
    {
        private readonly Compilation _compilation;
        private readonly CancellationToken _cancellationToken;
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        public CompilationScanner(Compilation compilation, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _cancellationToken = cancellationToken;
        }

        public Compilation Compilation => _compilation;

        public CancellationToken CancellationToken => _cancellationToken;

        /// <summary>The operations of the syntax nodes that pass <paramref name="nodeFilter"/>, in files that contain one of the words.</summary>
        public List<IOperation> Find(IReadOnlyCollection<string> words, Func<SyntaxNode, bool> nodeFilter) =>
            Find(words, node => nodeFilter(node) ? node : null);

        /// <summary>As above, with <paramref name="select"/> choosing the node whose operation to take (or null to skip).</summary>
        public List<IOperation> Find(IReadOnlyCollection<string> words, Func<SyntaxNode, SyntaxNode?> select)
        {
            var result = new List<IOperation>();
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                string text = tree.GetText(_cancellationToken).ToString();
                if (!words.Any(w => text.IndexOf(w, StringComparison.Ordinal) >= 0))
                {
                    continue;
                }

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

        public IOperation? OperationOf(SyntaxNode node) => Model(node.SyntaxTree).GetOperation(node, _cancellationToken);

        private SemanticModel Model(SyntaxTree tree) =>
#pragma warning disable RS1030 // Once per file that mentions a looked-for name, per compilation: the only way to follow builders across files without a compilation-end pass.
            _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
