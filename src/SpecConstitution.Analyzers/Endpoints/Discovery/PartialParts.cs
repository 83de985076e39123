using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>A partial method is two symbols, one per part, each declared once; some questions need both parts' declarations.</summary>
    internal static class PartialParts
    {
        /// <summary>The declaring part of a partial method (calls bind to it), else the method itself.</summary>
        public static IMethodSymbol Declaring(IMethodSymbol method) => method.PartialDefinitionPart ?? method;

        /// <summary>The implementing part of a partial method (its body, its own parameter names), else the method itself.</summary>
        public static IMethodSymbol Implementing(IMethodSymbol method) => method.PartialImplementationPart ?? method;

        /// <summary>The symbol's declarations, and for a partial method those of its other part too.</summary>
        public static IEnumerable<SyntaxReference> Declarations(ISymbol symbol) =>
            symbol is IMethodSymbol method && (method.PartialDefinitionPart ?? method.PartialImplementationPart) is IMethodSymbol otherPart
                ? method.DeclaringSyntaxReferences.Concat(otherPart.DeclaringSyntaxReferences)
                : symbol.DeclaringSyntaxReferences;
    }
}
