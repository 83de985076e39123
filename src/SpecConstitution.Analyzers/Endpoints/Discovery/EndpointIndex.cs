using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Compilation-wide facts endpoint rules need, each computed once, on first need, and shared by all rules:
    /// who calls a helper that maps endpoints, what a field-held builder holds, how controllers are mapped,
    /// which rate limiter policies are registered, and whether a global limiter or fallback policy is set.
    /// </summary>
    internal sealed class EndpointIndex
    {
        private static readonly string[] MapControllersMethod = { "MapControllers" };
        private static readonly string[] ConventionalRouteMethods = { "MapControllerRoute", "MapDefaultControllerRoute", "MapAreaControllerRoute" };
        private static readonly string[] PolicyMethods = { "AddPolicy", "AddFixedWindowLimiter", "AddSlidingWindowLimiter", "AddTokenBucketLimiter", "AddConcurrencyLimiter" };
        private static readonly string[] UseRateLimiterMethod = RateLimiterPipeline.UseRateLimiterMethod;
        private static readonly string[] SetFallbackPolicyMethod = { "SetFallbackPolicy" };
        private static readonly string[] MapRazorPagesMethod = { "MapRazorPages" };
        private const string GlobalLimiterProperty = "GlobalLimiter";
        private const string FallbackPolicyProperty = "FallbackPolicy";

        /// <summary>Every framework method and property this index looks up by name (source methods are looked up too).</summary>
        public static readonly IReadOnlyCollection<string> FrameworkNames = MapControllersMethod
            .Concat(ConventionalRouteMethods).Concat(PolicyMethods).Concat(UseRateLimiterMethod).Concat(SetFallbackPolicyMethod)
            .Concat(RateLimiterPipeline.HostMethods).Concat(RateLimiterPipeline.UseRoutingMethod)
            .Concat(MapRazorPagesMethod).Concat(RazorPagesModel.ConventionMethods)
            .Concat(new[] { GlobalLimiterProperty, FallbackPolicyProperty })
            .ToArray();

        private readonly CompilationScanner _scanner;
        private readonly AspNetCoreSymbols _symbols;
        private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<IInvocationOperation>> _callSites = new ConcurrentDictionary<IMethodSymbol, IReadOnlyList<IInvocationOperation>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, IReadOnlyList<IOperation>> _memberReferences = new ConcurrentDictionary<ISymbol, IReadOnlyList<IOperation>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<IOperation>> _returnedBuilders = new ConcurrentDictionary<IMethodSymbol, IReadOnlyList<IOperation>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _mayApplyConventions = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, bool> _declaresMember = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _isBuilder = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, IOperation?> _bodies = new ConcurrentDictionary<IMethodSymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _returnsReceiver = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly Lazy<IReadOnlyList<IInvocationOperation>> _mapControllersCalls;
        private readonly Lazy<IReadOnlyList<IInvocationOperation>> _conventionalRouteMappings;
        private readonly Lazy<IReadOnlyList<IInvocationOperation>> _mapRazorPagesCalls;
        private readonly Lazy<RegisteredPolicies> _policies;
        private readonly Lazy<bool> _globalLimiter;
        private readonly Lazy<bool> _fallbackPolicy;
        private readonly Lazy<bool> _globalAuthorizeFilter;
        private readonly Lazy<RateLimitingLibraries> _libraries;
        private readonly Lazy<RateLimiterPipeline> _rateLimiterPipeline;

        public EndpointIndex(Compilation compilation, CompilationFacts facts, RecordedOperations? recorded, CancellationToken cancellationToken)
        {
            _scanner = new CompilationScanner(compilation, facts, recorded, cancellationToken);
            _compilation = compilation;
            Carter = new CarterModules(compilation, cancellationToken);
            _symbols = facts.Symbols;
            _mapControllersCalls = Once(() => FindControllerMappings(MapControllersMethod));
            _conventionalRouteMappings = Once(() => FindControllerMappings(ConventionalRouteMethods));
            _mapRazorPagesCalls = Once<IReadOnlyList<IInvocationOperation>>(() => _scanner.FindInvocations(MapRazorPagesMethod).OfType<IInvocationOperation>()
                .Where(call => _symbols.IsMapRazorPages(call.TargetMethod)).ToArray());
            RazorPages = new RazorPagesModel(compilation, this);
            _policies = Once(FindPolicies);
            _globalLimiter = Once(FindGlobalLimiter);
            _fallbackPolicy = Once(FindFallbackPolicy);
            _globalAuthorizeFilter = Once(FindGlobalAuthorizeFilter);
            _libraries = Once(() => RateLimitingLibraries.Of(compilation));
            _rateLimiterPipeline = Once(() => RateLimiterPipeline.Find(_scanner, _symbols, _libraries.Value.MayAddMiddleware));
        }

        public AspNetCoreSymbols Symbols => _symbols;

        /// <summary>Carter's modules, when the compilation references Carter.</summary>
        public CarterModules Carter { get; }

        /// <summary>The app's Razor pages, as the Razor generator compiled them.</summary>
        public RazorPagesModel RazorPages { get; }

        /// <summary>Every MapRazorPages() call: it maps every page, with the conventions applied to the builder it returns.</summary>
        public IReadOnlyList<IInvocationOperation> MapRazorPagesCalls => _mapRazorPagesCalls.Value;

        /// <summary>The calls spelled with one of <paramref name="methodNames"/>, anywhere in the compilation.</summary>
        public IReadOnlyList<IOperation> FindInvocations(IReadOnlyCollection<string> methodNames) => _scanner.FindInvocations(methodNames);

        /// <summary>Every MapControllers() call: it maps the attribute-routed actions.</summary>
        public IReadOnlyList<IInvocationOperation> MapControllersCalls => _mapControllersCalls.Value;

        /// <summary>Every MapControllerRoute()/MapDefaultControllerRoute()/MapAreaControllerRoute() call.</summary>
        public IReadOnlyList<IInvocationOperation> ConventionalRouteMappings => _conventionalRouteMappings.Value;

        /// <summary>True when some mapping gives controllers a conventional route, so actions without [Route] are endpoints.</summary>
        public bool HasConventionalControllerRoutes => ConventionalRouteMappings.Count > 0;

        /// <summary>True when the compilation maps controllers at all (else it is a library of controllers mapped elsewhere).</summary>
        public bool MapsControllers => HasConventionalControllerRoutes || MapControllersCalls.Count > 0;

        public RegisteredPolicies RateLimiterPolicies => _policies.Value;

        /// <summary>Whether and where the app's pipeline runs the rate limiting middleware (SC1005).</summary>
        public RateLimiterPipeline RateLimiterPipeline => _rateLimiterPipeline.Value;

        /// <summary><c>RateLimiterOptions.GlobalLimiter</c> is set and <c>UseRateLimiter()</c> is called.</summary>
        public bool HasGlobalLimiter => _globalLimiter.Value;

        /// <summary><c>AuthorizationOptions.FallbackPolicy</c> (or <c>SetFallbackPolicy</c>) is given a non-null policy.</summary>
        public bool HasFallbackPolicy => _fallbackPolicy.Value;

        /// <summary>
        /// An <c>AuthorizeFilter</c> is added to MVC's global filters (<c>options.Filters.Add(new AuthorizeFilter(…))</c>,
        /// <c>Filters.Add&lt;AuthorizeFilter&gt;()</c>): every controller action and Razor page then requires authorization.
        /// </summary>
        public bool HasGlobalAuthorizeFilter => _globalAuthorizeFilter.Value;

        /// <summary>The calls of a source method (helper/extension methods that map endpoints on a builder parameter).</summary>
        public IReadOnlyList<IInvocationOperation> CallSites(IMethodSymbol method) =>
            _callSites.GetOrAdd(Declared(method), m => _scanner
                // Only invocations spelled with the method's name are bound: binding every call in a file that merely
                // mentions the name re-binds whole files of Map* lambdas (measured: 8x the analyzer's cost at 5,000 endpoints).
                .FindInvocationsOf(m)
                .OfType<IInvocationOperation>()
                .Where(call => SymbolEqualityComparer.Default.Equals(Declared(call.TargetMethod), m) ||
                               (call.TargetMethod.ReducedFrom is IMethodSymbol reduced && SymbolEqualityComparer.Default.Equals(Declared(reduced), m)))
                .ToArray());

        /// <summary>
        /// One symbol for a method however it is asked for: calls of a partial method bind to its declaring part, while
        /// its endpoints are found in the implementing part's body.
        /// </summary>
        private static IMethodSymbol Declared(IMethodSymbol method) => PartialParts.Declaring(method).OriginalDefinition;

        /// <summary>
        /// A source extension method every return of which gives back its receiver (<c>return group;</c>).
        /// Decided on syntax: binding the helper's body would bind every endpoint lambda in it a second time.
        /// </summary>
        public bool ReturnsItsReceiver(IMethodSymbol method) =>
            // The implementing part of a partial method: its body, and its own names for the parameters.
            _returnsReceiver.GetOrAdd(PartialParts.Implementing(method.ReducedFrom ?? method), m =>
            {
                string? receiver = ExtensionBlocks.IsMember(m) ? ExtensionBlocks.ReceiverName(m, _scanner.CancellationToken) : m.Parameters.FirstOrDefault()?.Name;
                if (receiver == null)
                {
                    return false;
                }

                var returned = new List<ExpressionSyntax?>();
                foreach (SyntaxNode declaration in m.DeclaringSyntaxReferences.Select(r => r.GetSyntax(_scanner.CancellationToken)))
                {
                    if (declaration is MethodDeclarationSyntax { ExpressionBody: { } arrow })
                    {
                        returned.Add(arrow.Expression);
                    }
                    else if (declaration is MethodDeclarationSyntax { Body: { } body })
                    {
                        returned.AddRange(body.DescendantNodes(IsNotNestedFunction).OfType<ReturnStatementSyntax>().Select(r => r.Expression));
                    }
                }

                return returned.Count > 0 && returned.All(e => Unparenthesize(e) is IdentifierNameSyntax name && name.Identifier.ValueText == receiver);
            });

        /// <summary>
        /// The values a source method returns when it returns a builder (a group or endpoint convention builder, or a
        /// route builder): a helper that creates a group, configures it and hands it back. Empty for every other method,
        /// which costs one look at its return type; a helper's body is bound only when a builder walk reaches its call.
        /// </summary>
        public IReadOnlyList<IOperation> ReturnedBuilders(IMethodSymbol method)
        {
            IMethodSymbol definition = PartialParts.Implementing((method.ReducedFrom ?? method).OriginalDefinition);
            if (definition.DeclaringSyntaxReferences.Length == 0 || definition.MethodKind != MethodKind.Ordinary || !IsBuilder(definition.ReturnType))
            {
                return Array.Empty<IOperation>();
            }

            return _returnedBuilders.GetOrAdd(definition, m =>
            {
                var values = new List<IOperation>();
                foreach (SyntaxNode declaration in m.DeclaringSyntaxReferences.Select(r => r.GetSyntax(_scanner.CancellationToken)))
                {
                    IEnumerable<ExpressionSyntax?> returned = declaration switch
                    {
                        MethodDeclarationSyntax { ExpressionBody: { } arrow } => new[] { arrow.Expression },
                        MethodDeclarationSyntax { Body: { } body } => body.DescendantNodes(IsNotNestedFunction).OfType<ReturnStatementSyntax>().Select(r => r.Expression),
                        LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => new[] { arrow.Expression },
                        LocalFunctionStatementSyntax { Body: { } body } => body.DescendantNodes(IsNotNestedFunction).OfType<ReturnStatementSyntax>().Select(r => r.Expression),
                        _ => Array.Empty<ExpressionSyntax?>(),
                    };
                    foreach (ExpressionSyntax? expression in returned)
                    {
                        if (expression != null && _scanner.OperationOf(expression) is IOperation value)
                        {
                            values.Add(value);
                        }
                    }
                }

                return values;
            });
        }

        /// <summary>The assignments to a property spelled <paramref name="memberName"/>, anywhere in the compilation.</summary>
        public IReadOnlyList<IOperation> FindAssignments(string memberName) => _scanner.FindAssignments(memberName);

        /// <summary>The builder conventions a helper may apply by name, directly (any other call is followed only when the app declares its name).</summary>
        private static readonly HashSet<string> ConventionNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "RequireRateLimiting", "DisableRateLimiting", "RequireAuthorization", "AllowAnonymous", "WithMetadata", "Add",
        };

        /// <summary>
        /// Decided on syntax, before binding the helper: whether its body calls a convention by name, or a method whose
        /// name the compilation declares (a further helper). A helper that only maps endpoints (<c>b.MapPost(…)</c>) is
        /// never bound for this: measured, binding every such helper for every endpoint's search cost ~15 %.
        /// </summary>
        public bool MayApplyConventions(IMethodSymbol method)
        {
            IMethodSymbol definition = PartialParts.Implementing((method.ReducedFrom ?? method).OriginalDefinition);
            return _mayApplyConventions.GetOrAdd(definition, m => m.DeclaringSyntaxReferences
                .SelectMany(r => r.GetSyntax(_scanner.CancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                .Select(SyntaxIndex.MethodName)
                .Any(name => name != null && (ConventionNames.Contains(name) || DeclaresMember(name))));
        }

        // Helpers call the same few names (MapGet, Ok, …) over and over: each is looked up in the declarations once.
        private bool DeclaresMember(string name) =>
            _declaresMember.GetOrAdd(name, n => _compilation.ContainsSymbolsWithName(n, SymbolFilter.Member, _scanner.CancellationToken));

        /// <summary>The bound body of a source method (ordinary or extension), or null for metadata and bodiless methods.</summary>
        public IOperation? BodyOf(IMethodSymbol method)
        {
            IMethodSymbol definition = PartialParts.Implementing((method.ReducedFrom ?? method).OriginalDefinition);
            if (definition.DeclaringSyntaxReferences.Length == 0 || definition.MethodKind != MethodKind.Ordinary)
            {
                return null;
            }

            return _bodies.GetOrAdd(definition, m =>
            {
                foreach (SyntaxReference reference in m.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(_scanner.CancellationToken) is BaseMethodDeclarationSyntax declaration &&
                        (declaration.Body != null || declaration.ExpressionBody != null))
                    {
                        return _scanner.OperationOf(declaration);
                    }
                }

                return null;
            });
        }

        /// <summary>The source method a return statement belongs to (not a lambda's or local function's), or null.</summary>
        public IMethodSymbol? ReturningMethod(IReturnOperation returned)
        {
            for (SyntaxNode? node = returned.Syntax; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case AnonymousFunctionExpressionSyntax:
                    case LocalFunctionStatementSyntax:
                        return null;
                    case MethodDeclarationSyntax method:
                        return returned.SemanticModel?.GetDeclaredSymbol(method, _scanner.CancellationToken) as IMethodSymbol;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a lookup may ask for the code of <paramref name="owner"/>: a method that takes or returns a builder (a
        /// helper a builder is followed into or out of), or a field or property that holds one (its initializer).
        /// </summary>
        public bool MayAskForCodeOf(ISymbol owner) => owner switch
        {
            IMethodSymbol method => IsBuilderLike(method.ReturnType) || method.Parameters.Any(p => IsBuilderLike(p.Type)) || ExtensionBlocks.IsMember(method),
            IFieldSymbol field => IsBuilderLike(field.Type),
            IPropertySymbol property => IsBuilderLike(property.Type),
            _ => false,
        };

        // A helper generic in its builder (TBuilder Limit<TBuilder>(this TBuilder b) where TBuilder : IEndpointConventionBuilder) counts.
        // Asked for every parameter of every method the compiler hands over: each type's interfaces are walked once.
        private bool IsBuilderLike(ITypeSymbol type) =>
            type.SpecialType == SpecialType.None &&
            _isBuilder.GetOrAdd(type, t => IsBuilder(t) || (t is ITypeParameterSymbol parameter && parameter.ConstraintTypes.Any(IsBuilder)));

        private bool IsBuilder(ITypeSymbol type) =>
            AspNetCoreSymbols.IsOrDerives(type, _symbols.EndpointConventionBuilder) || AspNetCoreSymbols.IsOrDerives(type, _symbols.EndpointRouteBuilder);

        // Returns of lambdas and local functions inside the method (handlers!) are not the method's returns.
        private static bool IsNotNestedFunction(SyntaxNode node) =>
            node is not AnonymousFunctionExpressionSyntax && node is not LocalFunctionStatementSyntax;

        private static ExpressionSyntax? Unparenthesize(ExpressionSyntax? expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        /// <summary>Every read or write of a field or property that holds a builder, anywhere in the compilation.</summary>
        public IReadOnlyList<IOperation> MemberReferences(ISymbol member) =>
            _memberReferences.GetOrAdd(member.OriginalDefinition, m => _scanner
                .FindInFilesNaming(m.Name, node => ReferenceExpression(node, m.Name))
                .Where(operation => operation is IMemberReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Member.OriginalDefinition, m))
                .ToArray());

        /// <summary>The values stored into a field or property: its initializer and every assignment.</summary>
        public IEnumerable<IOperation> MemberValues(ISymbol member)
        {
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                SyntaxNode syntax = reference.GetSyntax();
                ExpressionSyntax? initializer = syntax switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                    PropertyDeclarationSyntax property => property.Initializer?.Value,
                    _ => null,
                };
                if (initializer != null && _scanner.OperationOf(initializer) is IOperation value)
                {
                    yield return value;
                }
            }

            foreach (IOperation reference in MemberReferences(member))
            {
                if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
                {
                    yield return assignment.Value;
                }
            }
        }

        private IReadOnlyList<IInvocationOperation> FindControllerMappings(string[] methods) => _scanner
            .FindInvocations(methods)
            .OfType<IInvocationOperation>()
            .Where(call => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, _symbols.ControllerEndpointRouteBuilderExtensions))
            .ToArray();

        private RegisteredPolicies FindPolicies()
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            bool allKnown = true;
            foreach (IInvocationOperation call in _scanner.FindInvocations(PolicyMethods).OfType<IInvocationOperation>())
            {
                INamedTypeSymbol? type = call.TargetMethod.ContainingType;
                if (!AspNetCoreSymbols.Is(type, _symbols.RateLimiterOptions) && !AspNetCoreSymbols.Is(type, _symbols.RateLimiterOptionsExtensions))
                {
                    continue;
                }

                IArgumentOperation? name = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "policyName");
                if (name?.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    names.Add(text);
                }
                else
                {
                    // A computed name could be anything: no policy can then be called unknown.
                    allKnown = false;
                }
            }

            // A referenced assembly whose code names RateLimiterOptions may register policies this compilation cannot see.
            return new RegisteredPolicies(names.ToArray(), allKnown && !_libraries.Value.MayRegisterPolicies);
        }

        private bool FindGlobalLimiter()
        {
            bool assigned = _scanner.FindAssignments(GlobalLimiterProperty)
                .OfType<ISimpleAssignmentOperation>()
                .Any(a => a.Target is IPropertyReferenceOperation { Property: { Name: GlobalLimiterProperty } property } &&
                          AspNetCoreSymbols.Is(property.ContainingType, _symbols.RateLimiterOptions) && !IsNull(a.Value));
            return assigned && _scanner.FindInvocations(UseRateLimiterMethod)
                .OfType<IInvocationOperation>()
                .Any(call => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, _symbols.RateLimiterApplicationBuilderExtensions));
        }

        private bool FindFallbackPolicy()
        {
            bool assigned = _scanner.FindAssignments(FallbackPolicyProperty)
                .OfType<ISimpleAssignmentOperation>()
                .Any(a => a.Target is IPropertyReferenceOperation { Property: { Name: FallbackPolicyProperty } property } &&
                          AspNetCoreSymbols.Is(property.ContainingType, _symbols.AuthorizationOptions) && !IsNull(a.Value));
            return assigned || _scanner.FindInvocations(SetFallbackPolicyMethod)
                .OfType<IInvocationOperation>()
                .Any(call => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, _symbols.AuthorizationBuilder) &&
                             call.Arguments.Length > 0 && !IsNull(call.Arguments[0].Value));
        }

        // Only files that name AuthorizeFilter are bound, and only their Add(…) calls asked about: most apps have none.
        private bool FindGlobalAuthorizeFilter() => _scanner
            .FindInFilesNaming(AuthorizeFilterName, node => node is InvocationExpressionSyntax invocation && SyntaxIndex.MethodName(invocation) == "Add" ? node : null)
            .OfType<IInvocationOperation>()
            .Any(call => AspNetCoreSymbols.IsOrDerivesNamed(call.Instance?.Type, "Microsoft.AspNetCore.Mvc.Filters", "FilterCollection") && AddsAuthorizeFilter(call));

        private const string AuthorizeFilterName = "AuthorizeFilter";

        private static bool AddsAuthorizeFilter(IInvocationOperation call) =>
            call.TargetMethod.TypeArguments.Any(IsAuthorizeFilter) ||
            call.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()).Any(value =>
                (value is IObjectCreationOperation creation && IsAuthorizeFilter(creation.Type)) ||
                (value is ITypeOfOperation typeOf && IsAuthorizeFilter(typeOf.TypeOperand)));

        private static bool IsAuthorizeFilter(ITypeSymbol? type) => AspNetCoreSymbols.IsOrDerivesNamed(type, "Microsoft.AspNetCore.Mvc.Authorization", AuthorizeFilterName);

        /// <summary>The expression a member reference binds as: <c>Routes.Api</c> for the name <c>Api</c> in it, else the name itself.</summary>
        private static SyntaxNode? ReferenceExpression(SyntaxNode node, string name)
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
            {
                return null;
            }

            return node.Parent is MemberAccessExpressionSyntax member && member.Name == node ? member : node;
        }

        private static bool IsNull(IOperation value) => ConventionFlow.Unwrap(value) is { ConstantValue: { HasValue: true, Value: null } };

        // Every caller that arrives before the value exists computes it, and the first result is kept. These answers are
        // cheap once the syntax index exists; a lock here made every analyzer thread queue behind the one that built the
        // index (measured: as long again as the walk, at 1,000 endpoints). A cancelled computation is not kept.
        private static Lazy<T> Once<T>(Func<T> compute) => new Lazy<T>(compute, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The rate limiter policy names a compilation registers; <see cref="AllKnown"/> is false when one is computed.</summary>
    internal sealed class RegisteredPolicies
    {
        public RegisteredPolicies(IReadOnlyList<string> names, bool allKnown)
        {
            Names = names;
            AllKnown = allKnown;
        }

        public IReadOnlyList<string> Names { get; }

        public bool AllKnown { get; }

        /// <summary>
        /// Only then can a policy name be called unknown: every registration is read and every name is a constant.
        /// No registration at all is a verdict too: the middleware then throws for every named policy.
        /// </summary>
        public bool CanJudge => AllKnown;

        public bool IsRegistered(string name) => Names.Contains(name, StringComparer.Ordinal);
    }
}
