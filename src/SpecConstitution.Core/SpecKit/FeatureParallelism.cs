namespace SpecConstitution.SpecKit
{
    /// <summary>When per-feature work (parsing, checking) runs on the thread pool: the feature folders are independent.</summary>
    internal static class FeatureParallelism
    {
        /// <summary>Below this many feature folders, starting PLINQ costs more than it saves.</summary>
        public const int Threshold = 16;
    }
}
