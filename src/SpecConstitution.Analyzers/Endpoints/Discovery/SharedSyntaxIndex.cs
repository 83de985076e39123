using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// The compilation's <see cref="SyntaxIndex"/>, built by every thread that asks before it exists. Each caller
    /// walks trees nobody has claimed yet, so the analyzer threads share the walk instead of queueing behind one
    /// (measured at 1,000 endpoints: the other threads' waits were as long as the walk). No caller ever waits:
    /// a tree still being walked by another thread, or left half-walked by a cancelled one, is walked again.
    /// </summary>
    internal sealed class SharedSyntaxIndex
    {
        private readonly SyntaxTree[] _trees;
        private int _lastClaimed = -1;
        private SyntaxIndex? _index;

        public SharedSyntaxIndex(Compilation compilation)
        {
            _trees = compilation.SyntaxTrees.ToArray();
        }

        public SyntaxIndex Get(CancellationToken cancellationToken)
        {
            SyntaxIndex? index = Volatile.Read(ref _index);
            if (index != null)
            {
                return index;
            }

            int claimed;
            while ((claimed = Interlocked.Increment(ref _lastClaimed)) < _trees.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TreeNames.Of(_trees[claimed], cancellationToken);
            }

            // Every tree is now walked, or being walked by another caller: this pass finds all but those few done.
            // The first complete index is the one kept, so every caller shares its per-tree node lists.
            Interlocked.CompareExchange(ref _index, SyntaxIndex.Over(_trees, cancellationToken), null);
            return _index!;
        }
    }
}
