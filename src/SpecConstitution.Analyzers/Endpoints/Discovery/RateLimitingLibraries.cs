using System;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// What referenced assemblies outside ASP.NET Core itself may do with rate limiting that this compilation cannot read:
    /// register policies (their code names <c>RateLimiterOptions</c>) or add the middleware (it names
    /// <c>RateLimiterApplicationBuilderExtensions</c>). Read from the type references of their metadata, no binding: a
    /// library of endpoints that only calls <c>RequireRateLimiting</c> does neither, and must not silence SC1003/SC1005.
    /// A referenced project the IDE hands over as source has no metadata yet: it may do both.
    /// </summary>
    internal sealed class RateLimitingLibraries
    {
        private const string RateLimitingAssembly = "Microsoft.AspNetCore.RateLimiting";

        private RateLimitingLibraries(bool mayRegisterPolicies, bool mayAddMiddleware)
        {
            MayRegisterPolicies = mayRegisterPolicies;
            MayAddMiddleware = mayAddMiddleware;
        }

        public bool MayRegisterPolicies { get; }

        public bool MayAddMiddleware { get; }

        public static RateLimitingLibraries Of(Compilation compilation)
        {
            bool register = false;
            bool middleware = false;
            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (IsPlatform(assembly.Name) || !ReferencesRateLimiting(assembly))
                {
                    continue;
                }

                if (!(compilation.GetMetadataReference(assembly) is PortableExecutableReference reference) ||
                    !(reference.GetMetadata() is AssemblyMetadata metadata))
                {
                    register = middleware = true;
                    break;
                }

                foreach (ModuleMetadata module in metadata.GetModules())
                {
                    MetadataReader reader = module.GetMetadataReader();
                    foreach (TypeReferenceHandle handle in reader.TypeReferences)
                    {
                        TypeReference type = reader.GetTypeReference(handle);
                        string name = reader.GetString(type.Name);
                        register |= name == "RateLimiterOptions" || name == "RateLimiterOptionsExtensions";
                        middleware |= name == "RateLimiterApplicationBuilderExtensions";
                    }
                }
            }

            return new RateLimitingLibraries(register, middleware);
        }

        // Only an assembly that references the rate limiting assembly can use it: the cheap test comes first.
        private static bool ReferencesRateLimiting(IAssemblySymbol assembly)
        {
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
