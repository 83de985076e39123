using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Routing;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// One way a builder reaches a Map* call: the operations it flowed through, from where it was created
    /// (e.g. <c>builder.Build()</c>) to the receiver of the call — groups, chained conventions, locals,
    /// fields and helper-method parameters (one call site each). A helper called twice gives two paths.
    /// </summary>
    internal sealed class BuilderPath
    {
        public BuilderPath(IReadOnlyList<Microsoft.CodeAnalysis.IOperation> nodes)
        {
            Nodes = nodes;
        }

        /// <summary>Outermost first.</summary>
        public IReadOnlyList<Microsoft.CodeAnalysis.IOperation> Nodes { get; }

        /// <summary>The joined prefixes of the route groups on the path; '*' for a prefix not known at compile time.</summary>
        public string GroupPrefix => RouteTemplate.Combine(Nodes
            .OfType<IInvocationOperation>()
            .Where(ConventionFlow.IsMapGroup)
            .Select(call => RouteArguments.ConstantOrWildcard(RouteArguments.Find(call, "prefix")?.Value))
            .ToArray());
    }
}
