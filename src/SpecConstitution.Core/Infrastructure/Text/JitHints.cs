using System.Runtime.CompilerServices;

namespace SpecConstitution.Infrastructure.Text
{
    /// <summary>
    /// MSBuild and the compiler load us into a cold process, and a build parses every document once: tiered JIT would run
    /// the parsers' loops as unoptimised, instrumented code for most of that single pass (1,000 features: 2.9 s cold vs
    /// 0.9 s warm). The hot parser entry points ask for the optimising JIT at once instead.
    /// The parsers' regexes are deliberately not <c>RegexOptions.Compiled</c>: compiling them doubled the cold check of
    /// a small tree (150 → 330 ms, every build) and bought nothing measurable at 1,000 features.
    /// </summary>
    internal static class JitHints
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>: the value is missing from netstandard2.0, the runtime honours it.</summary>
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
    }
}
