using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>Reads route and policy arguments of builder calls.</summary>
    internal static class RouteArguments
    {
        public static IArgumentOperation? Find(IInvocationOperation call, string parameterName)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument;
                }
            }

            return null;
        }

        public static string? Constant(IOperation? value) =>
            ConventionFlow.Unwrap(value) is { ConstantValue: { HasValue: true, Value: string text } } ? text : null;

        /// <summary>The constant text, or '*' for a RoutePattern object or computed string, unknown at compile time.</summary>
        public static string ConstantOrWildcard(IOperation? value) => value == null ? string.Empty : Constant(value) ?? "*";
    }
}
