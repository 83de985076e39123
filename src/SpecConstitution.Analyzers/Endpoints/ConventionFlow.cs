using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// Follows an endpoint builder through the code to answer "is this convention applied to it?": along fluent
    /// chains, through locals, and up the route groups it was mapped on, to any depth.
    /// </summary>
    internal sealed class ConventionFlow
    {
        private const int MaxSteps = 64;
        private readonly Func<IInvocationOperation, bool> _isConvention;

        public ConventionFlow(Func<IInvocationOperation, bool> isConvention)
        {
            _isConvention = isConvention;
        }

        /// <summary>True when the convention is applied to the endpoint that <paramref name="mapCall"/> creates, or to a group it is mapped on.</summary>
        public bool IsApplied(IInvocationOperation mapCall)
        {
            int budget = MaxSteps;
            return AppliedAfter(mapCall, ref budget) || AppliedToReceiver(Receiver(mapCall), ref budget);
        }

        /// <summary>The builder a Map* extension call is made on (its first argument, conversions removed).</summary>
        public static IOperation? Receiver(IInvocationOperation call) =>
            call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? Unwrap(call.Arguments[0].Value) : Unwrap(call.Instance);

        public static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>Conventions applied to the value <paramref name="value"/> produces: later in its chain, or to the local it is stored in.</summary>
        private bool AppliedAfter(IOperation value, ref int budget)
        {
            if (--budget < 0)
            {
                return false;
            }

            IOperation? parent = value.Parent;
            while (parent is IConversionOperation)
            {
                value = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IArgumentOperation argument when argument.Parent is IInvocationOperation call && IsReceiverArgument(call, argument):
                    return AppliedToChainedCall(call, ref budget);
                case IInvocationOperation call when call.Instance == value:
                    return AppliedToChainedCall(call, ref budget);
                case IVariableInitializerOperation initializer when initializer.Parent is IVariableDeclaratorOperation declarator:
                    return AppliedToLocal(declarator.Symbol, value, ref budget);
                case ISimpleAssignmentOperation assignment when assignment.Value == value && assignment.Target is ILocalReferenceOperation local:
                    return AppliedToLocal(local.Local, value, ref budget);
                default:
                    return false;
            }
        }

        private bool AppliedToChainedCall(IInvocationOperation call, ref int budget)
        {
            if (_isConvention(call))
            {
                return true;
            }

            return IsPassThrough(call) && AppliedAfter(call, ref budget);
        }

        /// <summary>Conventions applied to the builder an endpoint is mapped on: the receiver chain and its groups.</summary>
        private bool AppliedToReceiver(IOperation? builder, ref int budget)
        {
            if (builder == null || --budget < 0)
            {
                return false;
            }

            switch (builder)
            {
                case IInvocationOperation call when _isConvention(call):
                    return true;
                case IInvocationOperation call when IsMapGroup(call):
                    return AppliedAfter(call, ref budget) || AppliedToReceiver(Receiver(call), ref budget);
                case IInvocationOperation call when IsPassThrough(call):
                    return AppliedToReceiver(Receiver(call), ref budget);
                case ILocalReferenceOperation local:
                    return AppliedToLocal(local.Local, builder, ref budget) || AppliedToLocalValue(local.Local, builder, ref budget);
                default:
                    return false;
            }
        }

        /// <summary>Any statement in the same body that applies the convention to the local (<c>group.RequireRateLimiting("p");</c>).</summary>
        private bool AppliedToLocal(ILocalSymbol local, IOperation anyUse, ref int budget)
        {
            foreach (ILocalReferenceOperation reference in References(local, anyUse))
            {
                if (AppliedAfter(reference, ref budget))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The values stored into the local (initializer and assignments), followed as receivers.</summary>
        private bool AppliedToLocalValue(ILocalSymbol local, IOperation anyUse, ref int budget)
        {
            IOperation root = Root(anyUse);
            foreach (IOperation operation in root.Descendants())
            {
                IOperation? value = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                    ISimpleAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                    _ => null,
                };

                if (value != null && AppliedToReceiver(Unwrap(value), ref budget))
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<ILocalReferenceOperation> References(ILocalSymbol local, IOperation anyUse) =>
            Root(anyUse).Descendants().OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        private static bool IsReceiverArgument(IInvocationOperation call, IArgumentOperation argument) =>
            call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument;

        public static bool IsMapGroup(IInvocationOperation call) =>
            call.TargetMethod.Name == "MapGroup" && call.TargetMethod.ContainingType?.Name == "EndpointRouteBuilderExtensions";

        /// <summary>
        /// A convention method returns the builder it was given (<c>TBuilder M&lt;TBuilder&gt;(this TBuilder b, ...)</c>),
        /// so what is applied after it applies to the same endpoint. Map* calls create a new endpoint and are not pass-through.
        /// </summary>
        private static bool IsPassThrough(IInvocationOperation call)
        {
            IMethodSymbol method = call.TargetMethod;
            if (method.Name.StartsWith("Map", StringComparison.Ordinal) || call.Type == null)
            {
                return false;
            }

            IOperation? receiver = Receiver(call);
            return receiver?.Type != null && SymbolEqualityComparer.Default.Equals(receiver.Type, call.Type);
        }
    }
}
