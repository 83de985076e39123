using System.Globalization;
using System.Threading;

namespace SpecConstitution.Reading
{
    /// <summary>
    /// How many times this process parsed a spec tree, a rules file, a rules file's deploy-gates section alone, and
    /// inferred feature ownership. The tasks log it at low importance: a build with node reuse off is one process per
    /// node, so the log says how often one build re-read what it already knew (issue 19: one snapshot per root per build).
    /// </summary>
    public static class ReadCounts
    {
        private static int _trees;
        private static int _rules;
        private static int _gates;
        private static int _ownership;

        public static int Trees => Volatile.Read(ref _trees);

        public static int Rules => Volatile.Read(ref _rules);

        public static int Gates => Volatile.Read(ref _gates);

        public static int Ownership => Volatile.Read(ref _ownership);

        internal static void Tree() => Interlocked.Increment(ref _trees);

        internal static void RulesFile() => Interlocked.Increment(ref _rules);

        internal static void GatesSection() => Interlocked.Increment(ref _gates);

        /// <summary>Ownership inference lives in the tasks (it reads project files); they count it here.</summary>
        public static void OwnershipInferred() => Interlocked.Increment(ref _ownership);

        /// <summary>The form the tasks log and the build tests read back.</summary>
        public static string Describe() => string.Format(CultureInfo.InvariantCulture,
            "spec tree {0}, rules file {1}, deploy-gates alone {2}, ownership {3}", Trees, Rules, Gates, Ownership);
    }
}
