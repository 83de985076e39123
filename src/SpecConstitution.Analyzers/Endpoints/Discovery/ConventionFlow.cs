using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

using SpecConstitution.Analyzers.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Follows endpoint builders through the code: along fluent chains, through locals, fields and properties,
    /// up the route groups they were mapped on, and across helper methods into their callers' arguments.
    /// Answers "which paths reach this Map* call?" and "does a convention apply on this path?".
    /// </summary>
    internal sealed class ConventionFlow
    {
        private const int MaxDepth = 24;
        private const int MaxPaths = 16;
        private const int MaxSteps = 4096;

        private readonly EndpointIndex _index;

        // Uses and values of the locals and parameters of a body: asked for once per endpoint mapped on them, gathered once per body.
        private readonly ConcurrentDictionary<IOperation, BodyIndex> _bodies = new ConcurrentDictionary<IOperation, BodyIndex>();

        public ConventionFlow(EndpointIndex index)
        {
            _index = index;
        }

        /// <summary>Every path by which a builder reaches <paramref name="call"/>'s receiver (at least one).</summary>
        public IReadOnlyList<BuilderPath> Paths(IInvocationOperation call)
        {
            int budget = MaxSteps;
            return Origins(Receiver(call), null, 0, ref budget).Select(trail => new BuilderPath(trail.Nodes, trail.Incomplete, trail.Prefixes)).ToArray();
        }

        /// <summary>Why <see cref="IsApplied"/> answered null.</summary>
        public static readonly string SearchExhausted = $"searching the conventions applied to its builder took more than {MaxSteps:N0} steps";

        /// <summary>
        /// True when a call matching <paramref name="isConvention"/> applies to the endpoint <paramref name="call"/> creates,
        /// on this path; false when none does; null when the search ran out of steps before finding one (not a "no").
        /// </summary>
        public bool? IsApplied(IInvocationOperation call, BuilderPath path, Func<IInvocationOperation, bool> isConvention, bool anyCaller = false)
        {
            int budget = MaxSteps;
            if (AnyAfter(call, isConvention, ref budget) || AppliedByCallers(call, isConvention, anyCaller, ref budget))
            {
                return true;
            }

            foreach (IOperation node in path.Nodes)
            {
                if (node is IInvocationOperation invocation && isConvention(invocation))
                {
                    return true;
                }

                // The group Carter creates for a CarterModule carries the conventions of the module's constructor.
                if (_index.Carter.ModuleOf(node) is CarterModules.Module module && module.Conventions.Any(isConvention))
                {
                    return true;
                }

                // Conventions exist only on convention builders (groups, endpoints): the app or a plain
                // IEndpointRouteBuilder cannot carry one, so their many uses need not be searched.
                if (!CanCarryConventions(node))
                {
                    continue;
                }

                if (AnyAfter(node, isConvention, ref budget) ||
                    (ReferencedSymbol(node) is ISymbol symbol && AnyOnUses(symbol, node, isConvention, ref budget)))
                {
                    return true;
                }
            }

            // Not found on a path cut short, or by a search cut short, is not a "no".
            return budget < 0 || path.Incomplete != null ? null : false;
        }

        private bool CanCarryConventions(IOperation node) =>
            node.Type == null || _index.Symbols.EndpointConventionBuilder == null || AspNetCoreSymbols.IsOrDerives(node.Type, _index.Symbols.EndpointConventionBuilder);

        /// <summary>
        /// True when the convention applies on every path to <paramref name="call"/>, false when it is missing on one,
        /// null when it is found on none of the others and a search was cut short.
        /// </summary>
        public bool? IsAppliedOnEveryPath(IInvocationOperation call, Func<IInvocationOperation, bool> isConvention) =>
            Verdicts.All(Paths(call).Select(path => IsApplied(call, path, isConvention)));

        /// <summary>True when some path has the convention, false when none has, null when none was found and a search was cut short.</summary>
        public bool? IsAppliedOnAnyPath(IInvocationOperation call, Func<IInvocationOperation, bool> isConvention) =>
            Verdicts.Any(Paths(call).Select(path => IsApplied(call, path, isConvention)));

        /// <summary>The builder a call is made on (an extension method's first argument), conversions removed.</summary>
        public static IOperation? Receiver(IInvocationOperation call) =>
            call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? Unwrap(ReceiverArgument(call)?.Value) : Unwrap(call.Instance);

        public static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        public static bool IsMapGroup(IInvocationOperation call) =>
            call.TargetMethod.Name == "MapGroup" && call.TargetMethod.ContainingType?.Name == "EndpointRouteBuilderExtensions";

        /// <summary>
        /// The ways back from <paramref name="builder"/> to where builders are created. Where a bound stops the walk
        /// (depth, steps, number of paths) the trail says so instead of passing for a whole path: a truncated path has
        /// lost the outer groups and their conventions, and judging it would report a route that does not exist.
        /// </summary>
        private List<Trail> Origins(IOperation? builder, CallContext? context, int depth, ref int budget)
        {
            builder = Unwrap(builder);
            if (builder == null)
            {
                return new List<Trail> { new Trail(null) };
            }

            if (depth > MaxDepth)
            {
                return new List<Trail> { new Trail($"its builder comes through more than {MaxDepth} route groups, variables or helper calls, more than the analysis follows") };
            }

            if (--budget < 0)
            {
                return new List<Trail> { new Trail($"following its builder back took more than {MaxSteps:N0} steps") };
            }

            // A group whose prefix is a helper's parameter: the prefix its caller passed on this path.
            string? prefix = context != null && builder is IInvocationOperation group && IsMapGroup(group)
                ? CallContext.Text(RouteArguments.Find(group, "prefix")?.Value, context)
                : _index.Carter.ModuleOf(builder)?.BasePath;

            var result = new List<Trail>();
            foreach ((IOperation source, CallContext? sourceContext) in Sources(builder, context))
            {
                foreach (Trail path in Origins(source, sourceContext, depth + 1, ref budget))
                {
                    if (result.Count >= MaxPaths)
                    {
                        result.Add(new Trail($"it is reached by more than {MaxPaths} paths; the others were not followed"));
                        return result;
                    }

                    path.Add(builder, prefix);
                    result.Add(path);
                }
            }

            if (result.Count == 0)
            {
                var origin = new Trail(null);
                origin.Add(builder, prefix);
                result.Add(origin);
            }

            return result;
        }

        private sealed class Trail
        {
            public Trail(string? incomplete)
            {
                Incomplete = incomplete;
            }

            public List<IOperation> Nodes { get; } = new List<IOperation>();

            /// <summary>Group prefixes known only on this path (a helper's parameter, given by the caller); null when none.</summary>
            public Dictionary<IOperation, string>? Prefixes { get; private set; }

            public string? Incomplete { get; }

            public void Add(IOperation node, string? prefix)
            {
                Nodes.Add(node);
                if (prefix != null)
                {
                    (Prefixes ??= new Dictionary<IOperation, string>())[node] = prefix;
                }
            }
        }

        /// <summary>
        /// Where the builder value came from: a call's receiver, a variable's stored values, a parameter's arguments, or
        /// the values a helper of this compilation returns (<c>MapPublicGroup("/tasks")</c> creating and configuring a
        /// group). Inside such a helper its parameters are the arguments of the call being followed, not of every call.
        /// </summary>
        private IEnumerable<(IOperation, CallContext?)> Sources(IOperation builder, CallContext? context)
        {
            switch (builder)
            {
                case IInvocationOperation call when IsMapGroup(call) || IsPassThrough(call):
                    return Receiver(call) is IOperation receiver ? new[] { (receiver, context) } : NoSources;
                case IInvocationOperation call when _index.ReturnedBuilders(call.TargetMethod) is { Count: > 0 } returned:
                    var inner = new CallContext(call, context);
                    return returned.Select(value => (value, (CallContext?)inner));
                case ILocalReferenceOperation local:
                    return Body(builder).LocalValues(local.Local).Select(value => (value, context));
                case IParameterReferenceOperation parameter when ExtensionBlocks.IsReceiver(parameter.Parameter):
                    return ReceiversFor(parameter).Select(value => (value, (CallContext?)null));
                case IParameterReferenceOperation parameter when context?.Argument(parameter.Parameter) is IOperation argument:
                    return new[] { (argument, context.Outer) };
                case IParameterReferenceOperation parameter:
                    return ArgumentsFor(parameter.Parameter, context);
                case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member when member.Member.DeclaringSyntaxReferences.Length > 0:
                    return _index.MemberValues(member.Member).Select(value => (value, (CallContext?)null));
                default:
                    return NoSources;
            }
        }

        private static readonly (IOperation, CallContext?)[] NoSources = Array.Empty<(IOperation, CallContext?)>();

        private IEnumerable<(IOperation, CallContext?)> ArgumentsFor(IParameterSymbol parameter, CallContext? context)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method || method.MethodKind == MethodKind.AnonymousFunction)
            {
                yield break;
            }

            foreach (IInvocationOperation site in _index.CallSites(method))
            {
                if (context != null && !context.Admits(site))
                {
                    continue;
                }

                if (ArgumentAt(site, parameter.Ordinal) is IOperation value)
                {
                    yield return (value, context?.TypeParameter != null ? context.Outer : null);
                }
            }

            // A static abstract interface member's implementation is called through the interface (TEndpoint.Map(app)),
            // from generic methods whose callers name the implementing type (MapEndpoint<ListTasks>()).
            foreach (IMethodSymbol member in StaticInterfaceMembers(method))
            {
                foreach (IInvocationOperation site in _index.CallSites(member))
                {
                    if (ArgumentAt(site, parameter.Ordinal) is IOperation value)
                    {
                        CallContext? binding = ConstrainedTypeParameter(site) is ITypeParameterSymbol typeParameter
                            ? CallContext.ForTypeArgument(typeParameter, method.ContainingType, null)
                            : null;
                        yield return (value, binding);
                    }
                }
            }
        }

        private static IOperation? ArgumentAt(IInvocationOperation site, int ordinal) =>
            site.Arguments.FirstOrDefault(a => a.Parameter != null && a.Parameter.Ordinal == ordinal)?.Value;

        /// <summary>The method type parameter a static interface call is made on (<c>TEndpoint</c> in <c>TEndpoint.Map(app)</c>).</summary>
        private static ITypeParameterSymbol? ConstrainedTypeParameter(IInvocationOperation site) =>
            site.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } && site.SemanticModel != null &&
            site.SemanticModel.GetSymbolInfo(member.Expression).Symbol is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } typeParameter
                ? typeParameter
                : null;

        /// <summary>The static abstract interface members <paramref name="method"/> implements (none for most methods).</summary>
        private static IEnumerable<IMethodSymbol> StaticInterfaceMembers(IMethodSymbol method)
        {
            if (!method.IsStatic || method.ContainingType is not INamedTypeSymbol type)
            {
                yield break;
            }

            foreach (INamedTypeSymbol contract in type.AllInterfaces)
            {
                foreach (IMethodSymbol member in contract.GetMembers(method.Name).OfType<IMethodSymbol>())
                {
                    if (member.IsStatic && member.IsAbstract &&
                        SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                    {
                        yield return member;
                    }
                }
            }
        }

        /// <summary>
        /// The receiver of an <c>extension(IEndpointRouteBuilder routes) { … }</c> block belongs to the block, not to
        /// the member using it: the values are the receivers of the calls to the enclosing member.
        /// </summary>
        private IEnumerable<IOperation> ReceiversFor(IParameterReferenceOperation reference)
        {
            if (ExtensionBlocks.EnclosingMember(reference) is not IMethodSymbol member)
            {
                yield break;
            }

            foreach (IInvocationOperation site in _index.CallSites(member))
            {
                if (Unwrap(site.Instance) is IOperation receiver)
                {
                    yield return receiver;
                }
            }
        }

        /// <summary>Conventions applied to the value <paramref name="value"/> produces: later in its chain, or via the variable it is stored in.</summary>
        private bool AnyAfter(IOperation value, Func<IInvocationOperation, bool> isConvention, ref int budget)
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
                case IArgumentOperation argument when argument.Parent is IInvocationOperation call && ReceiverArgument(call) == argument:
                    return AnyOnChainedCall(call, isConvention, ref budget) || AppliedInside(call, argument, isConvention, ref budget);
                case IArgumentOperation argument when argument.Parent is IInvocationOperation call:
                    return AppliedInside(call, argument, isConvention, ref budget);
                case IInvocationOperation call when call.Instance == value:
                    return AnyOnChainedCall(call, isConvention, ref budget);
                case IVariableInitializerOperation initializer when initializer.Parent is IVariableDeclaratorOperation declarator:
                    return AnyOnUses(declarator.Symbol, value, isConvention, ref budget);
                case ISimpleAssignmentOperation assignment when assignment.Value == value && ReferencedSymbol(assignment.Target) is ISymbol target:
                    return AnyOnUses(target, value, isConvention, ref budget);
                default:
                    return false;
            }
        }

        /// <summary>
        /// A helper of this compilation given the builder as an argument (<c>group.WithStandardLimits()</c>,
        /// <c>Protect(group)</c>) applies the convention to it in its body, directly or through further helpers,
        /// whether or not it returns the builder.
        /// </summary>
        private bool AppliedInside(IInvocationOperation call, IArgumentOperation argument, Func<IInvocationOperation, bool> isConvention, ref int budget)
        {
            if (argument.Parameter == null || call.TargetMethod.DeclaringSyntaxReferences.Length == 0 && call.TargetMethod.ReducedFrom?.DeclaringSyntaxReferences.Length is null or 0 ||
                !_index.MayApplyConventions(call.TargetMethod) || _index.BodyOf(call.TargetMethod) is not IOperation body)
            {
                return false;
            }

            IMethodSymbol definition = PartialParts.Implementing((call.TargetMethod.ReducedFrom ?? call.TargetMethod).OriginalDefinition);
            if (argument.Parameter.Ordinal >= definition.Parameters.Length)
            {
                return false;
            }

            foreach (IOperation use in Body(body).Uses(definition.Parameters[argument.Parameter.Ordinal]))
            {
                if (budget < 0)
                {
                    return false;
                }

                if (AnyAfter(use, isConvention, ref budget))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A Map* call whose builder a helper of this compilation returns (<c>static RouteHandlerBuilder MapOrders(...) =&gt;
        /// app.MapGet(...)</c>): the conventions its callers apply to the returned value. <paramref name="anyCaller"/>:
        /// one caller is enough (a veto); otherwise every caller must apply it, as every caller maps the endpoint.
        /// </summary>
        private bool AppliedByCallers(IOperation value, Func<IInvocationOperation, bool> isConvention, bool anyCaller, ref int budget)
        {
            IOperation? parent = value.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            if (parent is not IReturnOperation returned || _index.ReturningMethod(returned) is not IMethodSymbol method)
            {
                return false;
            }

            IReadOnlyList<IInvocationOperation> sites = _index.CallSites(method);
            if (sites.Count == 0)
            {
                return false;
            }

            foreach (IInvocationOperation site in sites)
            {
                bool applied = AnyAfter(site, isConvention, ref budget) || AppliedByCallers(site, isConvention, anyCaller, ref budget);
                if (applied == anyCaller)
                {
                    return anyCaller;
                }
            }

            return !anyCaller;
        }

        private bool AnyOnChainedCall(IInvocationOperation call, Func<IInvocationOperation, bool> isConvention, ref int budget) =>
            isConvention(call) || (IsPassThrough(call) && AnyAfter(call, isConvention, ref budget));

        /// <summary>Any statement that applies the convention to the variable (<c>group.RequireRateLimiting("p");</c>).</summary>
        private bool AnyOnUses(ISymbol symbol, IOperation anyUse, Func<IInvocationOperation, bool> isConvention, ref int budget)
        {
            IEnumerable<IOperation> uses = symbol is IFieldSymbol || symbol is IPropertySymbol
                ? _index.MemberReferences(symbol)
                : Body(anyUse).Uses(symbol);
            foreach (IOperation use in uses)
            {
                if (budget < 0)
                {
                    return false;
                }

                if (AnyAfter(use, isConvention, ref budget))
                {
                    return true;
                }
            }

            return false;
        }

        private static ISymbol? ReferencedSymbol(IOperation? operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member when member.Member.DeclaringSyntaxReferences.Length > 0 => member.Member.OriginalDefinition,
            _ => null,
        };

        private BodyIndex Body(IOperation anyOperation) => _bodies.GetOrAdd(Root(anyOperation), BodyIndex.Of);

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>A generic extension method whose result is its receiver's type parameter: it can only hand its receiver on.</summary>
        private static bool ReturnsItsReceiverType(IMethodSymbol method)
        {
            IMethodSymbol definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return definition.IsExtensionMethod && definition.Parameters.Length > 0 &&
                   definition.ReturnType is ITypeParameterSymbol returned && returned.TypeParameterKind == TypeParameterKind.Method &&
                   SymbolEqualityComparer.Default.Equals(definition.Parameters[0].Type, returned);
        }

        private static IArgumentOperation? ReceiverArgument(IInvocationOperation call) =>
            call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) : null;

        /// <summary>
        /// A convention method returns the builder it was given (<c>TBuilder M&lt;TBuilder&gt;(this TBuilder b, ...)</c>),
        /// so what is applied after it applies to the same endpoint. Map* calls create a new endpoint and are not
        /// pass-through, except helpers of this compilation that visibly return their receiver (<c>return group;</c>).
        /// </summary>
        private bool IsPassThrough(IInvocationOperation call)
        {
            IMethodSymbol method = call.TargetMethod;
            if (call.Type == null)
            {
                return false;
            }

            if (method.Name.StartsWith("Map", StringComparison.Ordinal))
            {
                // Asp.Versioning's MapToApiVersion is a convention despite its name: TBuilder M<TBuilder>(this TBuilder b).
                return ReturnsItsReceiverType(method) ||
                       ((method.IsExtensionMethod || ExtensionBlocks.IsMember(method)) && _index.ReturnsItsReceiver(method));
            }

            IOperation? receiver = Receiver(call);
            return receiver?.Type != null && SymbolEqualityComparer.Default.Equals(receiver.Type, call.Type);
        }
    }
}
