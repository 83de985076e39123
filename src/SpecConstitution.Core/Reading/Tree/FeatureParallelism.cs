using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecConstitution.Reading.Tree
{
    /// <summary>When per-feature work (reading, parsing, checking) runs on the thread pool: the feature folders are independent.</summary>
    internal static class FeatureParallelism
    {
        /// <summary>Below this many feature folders, starting PLINQ costs more than it saves.</summary>
        public const int Threshold = 16;

        /// <summary>
        /// <paramref name="selector"/> applied to each item, on the thread pool when there are many, results in the
        /// items' order: the output does not depend on the scheduling.
        /// </summary>
        public static TResult[] SelectInOrder<TSource, TResult>(IReadOnlyCollection<TSource> items, Func<TSource, TResult> selector) =>
            items.Count < Threshold
                ? items.Select(selector).ToArray()
                : items.AsParallel().AsOrdered().Select(selector).ToArray();
    }
}
