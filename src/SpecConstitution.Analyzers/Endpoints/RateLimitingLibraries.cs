using System;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// Whether a referenced library that is not part of ASP.NET Core itself uses the rate limiting API (references
    /// Microsoft.AspNetCore.RateLimiting). Its code may register policies or call UseRateLimiter() where this compilation
    /// cannot read it, so "nothing registers it" cannot be proven then. Read from assembly metadata only: no binding.
    /// </summary>
    internal static class RateLimitingLibraries
    {
        private const string RateLimitingAssembly = "Microsoft.AspNetCore.RateLimiting";

        public static bool AnyReferencedBy(Compilation compilation)
        {
            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (IsPlatform(assembly.Name))
                {
                    continue;
                }

                foreach (IModuleSymbol module in assembly.Modules)
                {
                    foreach (AssemblyIdentity reference in module.ReferencedAssemblies)
                    {
                        if (string.Equals(reference.Name, RateLimitingAssembly, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        // The shared framework's own assemblies reference the middleware without registering anything for the app.
        private static bool IsPlatform(string name) =>
            name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) ||
            name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) ||
            name.StartsWith("System", StringComparison.Ordinal) ||
            name == "netstandard" || name == "mscorlib";
    }
}
