using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecConstitution.Analyzers.Configuration
{
    /// <summary>Whether the compiler runs for a command-line build or for the IDE (build/SpecConstitution.CommandLine.globalconfig).</summary>
    internal static class BuildHost
    {
        /// <summary>
        /// True in <c>dotnet build</c> and CI: nobody waits for one file's answer, so work can wait for the compiler's
        /// own binding. False in the IDE and whenever the package's build files are absent (tests, other hosts).
        /// </summary>
        public static bool IsCommandLine(AnalyzerOptions options) =>
            string.Equals(BuildProperties.Get(options, BuildProperties.CommandLineBuild)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
