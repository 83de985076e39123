using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>An attribute's first constructor argument as a string, for any attribute an app may declare.</summary>
    internal static class AttributeArguments
    {
        /// <summary>
        /// Null unless the first argument is a string. Reading <see cref="TypedConstant.Value"/> of an array argument
        /// throws: an app's own <c>[Authorize(params Role[] roles)]</c> crashed the analyzer (AD0001) on a real app.
        /// </summary>
        public static string? FirstString(AttributeData attribute) =>
            attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind != TypedConstantKind.Array
                ? attribute.ConstructorArguments[0].Value as string
                : null;
    }
}
