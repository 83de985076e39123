using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// One way a builder reaches a Map* call: the operations it flowed through, from where it was created
    /// (e.g. <c>builder.Build()</c>) to the receiver of the call — groups, chained conventions, locals,
    /// fields and helper-method parameters (one call site each). A helper called twice gives two paths.
    /// </summary>
    internal sealed class BuilderPath
    {
        private string? _groupPrefix;

        private readonly IReadOnlyDictionary<IOperation, string>? _prefixes;

        public BuilderPath(IReadOnlyList<IOperation> nodes, string? incomplete = null, IReadOnlyDictionary<IOperation, string>? prefixes = null)
        {
            Nodes = nodes;
            Incomplete = incomplete;
            _prefixes = prefixes;
        }

        /// <summary>Why the path could not be followed to where its builder is created, or null when it was.</summary>
        public string? Incomplete { get; }

        /// <summary>Outermost first.</summary>
        public IReadOnlyList<IOperation> Nodes { get; }

        /// <summary>
        /// The joined prefixes of the route groups on the path; '*' for a prefix not known at compile time, and in front
        /// of an incomplete path, whose outer groups were not seen.
        /// </summary>
        public string GroupPrefix => _groupPrefix ??= JoinGroupPrefixes();

        private string JoinGroupPrefixes()
        {
            var prefixes = new List<string?>();
            if (Incomplete != null)
            {
                prefixes.Add("*");
            }

            foreach (IOperation node in Nodes)
            {
                if (_prefixes != null && _prefixes.TryGetValue(node, out string? known))
                {
                    prefixes.Add(known);
                }
                else if (node is IInvocationOperation call && ConventionFlow.IsMapGroup(call))
                {
                    prefixes.Add(RouteArguments.ConstantOrWildcard(RouteArguments.Find(call, "prefix")?.Value));
                }
            }

            return RouteTemplate.Combine(prefixes.ToArray());
        }
    }
}
