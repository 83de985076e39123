using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// The helper calls a builder walk has entered through their return values, innermost first: inside
    /// <c>MapPublicGroup("/tasks")</c> its parameter <c>prefix</c> is "/tasks", whatever other callers pass.
    /// </summary>
    internal sealed class CallContext
    {
        private const int MaxHops = 8;

        public CallContext(IInvocationOperation call, CallContext? outer)
        {
            Call = call;
            Outer = outer;
        }

        private CallContext(ITypeParameterSymbol typeParameter, ITypeSymbol typeArgument, CallContext? outer)
        {
            TypeParameter = typeParameter;
            TypeArgument = typeArgument;
            Outer = outer;
        }

        /// <summary>
        /// Reached through <c>TEndpoint.Map(app)</c> from the implementation in <paramref name="typeArgument"/>: only the
        /// calls of the generic method that pass that type for <paramref name="typeParameter"/> reach it.
        /// </summary>
        public static CallContext ForTypeArgument(ITypeParameterSymbol typeParameter, ITypeSymbol typeArgument, CallContext? outer) =>
            new CallContext(typeParameter, typeArgument, outer);

        public IInvocationOperation? Call { get; }

        public ITypeParameterSymbol? TypeParameter { get; }

        public ITypeSymbol? TypeArgument { get; }

        /// <summary>False for a call of the generic method this context is about that passes another type argument.</summary>
        public bool Admits(IInvocationOperation site)
        {
            if (TypeParameter?.DeclaringMethod is not IMethodSymbol generic)
            {
                return true;
            }

            IMethodSymbol target = site.TargetMethod.ReducedFrom != null ? site.TargetMethod.ReducedFrom.Construct(site.TargetMethod.TypeArguments.ToArray()) : site.TargetMethod;
            if (!SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, generic.OriginalDefinition) || TypeParameter.Ordinal >= target.TypeArguments.Length)
            {
                return true;
            }

            return SymbolEqualityComparer.Default.Equals(target.TypeArguments[TypeParameter.Ordinal], TypeArgument);
        }

        public CallContext? Outer { get; }

        /// <summary>The argument this call passes for <paramref name="parameter"/>, when the parameter is the called method's.</summary>
        public IOperation? Argument(IParameterSymbol parameter)
        {
            if (Call == null)
            {
                return null;
            }

            IMethodSymbol called = Call.TargetMethod.ReducedFrom ?? Call.TargetMethod;
            if (parameter.ContainingSymbol is not IMethodSymbol owner ||
                !SymbolEqualityComparer.Default.Equals(PartialParts.Implementing(called.OriginalDefinition), PartialParts.Implementing(owner.OriginalDefinition)))
            {
                return null;
            }

            foreach (IArgumentOperation argument in Call.Arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Ordinal == parameter.Ordinal)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>
        /// The constant text a value has on this path: a constant, <c>p ?? "x"</c>, or a parameter given a constant by the
        /// call being followed. Null when it is computed.
        /// </summary>
        public static string? Text(IOperation? value, CallContext? context)
        {
            for (int hop = 0; hop < MaxHops && value != null; hop++)
            {
                value = ConventionFlow.Unwrap(value);
                switch (value)
                {
                    case { ConstantValue: { HasValue: true, Value: string text } }:
                        return text;
                    case ICoalesceOperation coalesce:
                        string? first = Text(coalesce.Value, context);
                        return first ?? (IsNull(coalesce.Value, context) ? Text(coalesce.WhenNull, context) : null);
                    case IParameterReferenceOperation parameter when context?.Argument(parameter.Parameter) is IOperation argument:
                        value = argument;
                        context = context.Outer;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private static bool IsNull(IOperation value, CallContext? context)
        {
            for (int hop = 0; hop < MaxHops; hop++)
            {
                value = ConventionFlow.Unwrap(value)!;
                if (value.ConstantValue is { HasValue: true, Value: null })
                {
                    return true;
                }

                if (value is IParameterReferenceOperation parameter && context?.Argument(parameter.Parameter) is IOperation argument)
                {
                    value = argument;
                    context = context.Outer;
                    continue;
                }

                return false;
            }

            return false;
        }
    }
}
