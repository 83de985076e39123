using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// FastEndpoints' endpoints: every concrete class deriving from <c>FastEndpoints.BaseEndpoint</c> is one endpoint per
    /// verb and route its <c>Configure()</c> states (<c>Get("/route")</c>, <c>Verbs(Http.PUT)</c> + <c>Routes(…)</c>).
    /// Its conventions are the calls in <c>Configure()</c> and in the global <c>c.Endpoints.Configurator</c>.
    /// Types are looked up by metadata name once per compilation: an app without the package pays one lookup.
    /// </summary>
    internal sealed class FastEndpointsModel
    {
        private static readonly Dictionary<string, string> VerbMethods = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Get"] = "GET", ["Post"] = "POST", ["Put"] = "PUT", ["Delete"] = "DELETE", ["Patch"] = "PATCH",
        };

        private readonly INamedTypeSymbol? _baseEndpoint;
        private readonly INamedTypeSymbol? _endpointOptions;
        private readonly INamedTypeSymbol? _httpAttribute;
        private readonly INamedTypeSymbol? _throttleAttribute;
        private readonly EndpointIndex _index;
        private readonly Lazy<IReadOnlyList<IInvocationOperation>> _configuratorCalls;
        private readonly Lazy<string?> _routePrefix;

        public FastEndpointsModel(Compilation compilation, EndpointIndex index)
        {
            _baseEndpoint = compilation.GetTypeByMetadataName("FastEndpoints.BaseEndpoint");
            _endpointOptions = compilation.GetTypeByMetadataName("FastEndpoints.EndpointOptions");
            _httpAttribute = compilation.GetTypeByMetadataName("FastEndpoints.HttpAttribute");
            _throttleAttribute = compilation.GetTypeByMetadataName("FastEndpoints.ThrottleAttribute");
            _index = index;
            _configuratorCalls = new Lazy<IReadOnlyList<IInvocationOperation>>(FindConfiguratorCalls, LazyThreadSafetyMode.PublicationOnly);
            _routePrefix = new Lazy<string?>(FindRoutePrefix, LazyThreadSafetyMode.PublicationOnly);
        }

        public bool IsPresent => _baseEndpoint != null;

        /// <summary>The calls made on every endpoint by <c>UseFastEndpoints(c =&gt; c.Endpoints.Configurator = ep =&gt; …)</c>.</summary>
        public IReadOnlyList<IInvocationOperation> ConfiguratorCalls => _configuratorCalls.Value;

        /// <summary>As FastEndpoints discovers endpoints: a concrete, non-generic class deriving from BaseEndpoint.</summary>
        public bool IsEndpoint(INamedTypeSymbol type) =>
            _baseEndpoint != null && type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsGenericType &&
            type.BaseType != null && AspNetCoreSymbols.IsOrDerives(type.BaseType, _baseEndpoint);

        public IEnumerable<Endpoint> Endpoints(INamedTypeSymbol type)
        {
            if (!IsEndpoint(type))
            {
                yield break;
            }

            // Attribute-configured endpoints ([HttpGet("/route")] on the class) need no Configure() at all.
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (_httpAttribute != null && AspNetCoreSymbols.IsOrDerives(attribute.AttributeClass, _httpAttribute) &&
                    attribute.AttributeClass!.Name is string name && name.StartsWith("Http", StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    string verb = name.Substring(4, name.Length - 4 - "Attribute".Length).ToUpperInvariant();
                    Location location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? type.Locations[0];
                    foreach (string route in AttributeRoutes(attribute).DefaultIfEmpty("*"))
                    {
                        string full = RouteTemplate.Combine(_routePrefix.Value, route);
                        yield return Endpoint.ForFastEndpoint(type, Array.Empty<IInvocationOperation>(), VerbMethods.ContainsValue(verb) ? verb : string.Empty, full, !full.Split('/').Any(s => s == "*"), location);
                    }
                }
            }

            if (Configure(type) is not IMethodSymbol configure || _index.BodyOf(configure) is not IOperation body)
            {
                yield break;
            }

            IInvocationOperation[] calls = body.Descendants().OfType<IInvocationOperation>().Where(IsFastEndpointsCall).ToArray();
            string[] routes = calls.Where(c => c.TargetMethod.Name == "Routes").SelectMany(RouteTexts).ToArray();
            foreach (IInvocationOperation call in calls)
            {
                if (VerbMethods.TryGetValue(call.TargetMethod.Name, out string? verb))
                {
                    foreach (string route in RouteTexts(call))
                    {
                        yield return Create(type, calls, verb, route, call);
                    }
                }
                else if (call.TargetMethod.Name == "Verbs")
                {
                    foreach (string named in VerbNames(call))
                    {
                        foreach (string route in routes.DefaultIfEmpty("*"))
                        {
                            yield return Create(type, calls, named, route, call);
                        }
                    }
                }
            }
        }

        private Endpoint Create(INamedTypeSymbol type, IInvocationOperation[] calls, string verb, string route, IInvocationOperation at)
        {
            string full = RouteTemplate.Combine(_routePrefix.Value, route);
            bool known = !full.Split('/').Any(segment => segment == "*");
            return Endpoint.ForFastEndpoint(type, calls, verb, full, known, at.Syntax.GetLocation());
        }

        private static IEnumerable<string> AttributeRoutes(AttributeData attribute) =>
            attribute.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? (IEnumerable<TypedConstant>)a.Values : new[] { a })
                .Select(a => a.Value as string ?? "*");

        /// <summary>An attribute on the endpoint class that rate limits it: FastEndpoints' own [Throttle(…)].</summary>
        /// <summary>A method FastEndpoints declares (its endpoint base types' configuration methods).</summary>
        public static bool IsLibraryMethod(IMethodSymbol method) => method.ContainingNamespace?.ToDisplayString() == "FastEndpoints";

        public bool IsThrottleAttribute(AttributeData attribute) =>
            _throttleAttribute != null && AspNetCoreSymbols.Is(attribute.AttributeClass, _throttleAttribute);

        /// <summary>The most derived Configure() override written in source, up to FastEndpoints' own types.</summary>
        private IMethodSymbol? Configure(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current != null && current.DeclaringSyntaxReferences.Length > 0; current = current.BaseType)
            {
                IMethodSymbol? configure = current.GetMembers("Configure").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0 && !m.IsStatic);
                if (configure != null)
                {
                    return configure;
                }
            }

            return null;
        }

        private static bool IsFastEndpointsCall(IInvocationOperation call) =>
            call.TargetMethod.ContainingNamespace?.ToDisplayString() == "FastEndpoints";

        private static IEnumerable<string> RouteTexts(IInvocationOperation call) =>
            Values(call)
                .Select(v => RouteArguments.Constant(v) ?? "*");

        /// <summary>The verbs of <c>Verbs(Http.GET, Http.POST)</c> (FastEndpoints' Http enum names them).</summary>
        private static IEnumerable<string> VerbNames(IInvocationOperation call) =>
            Values(call)
                .Select(v => ConventionFlow.Unwrap(v) is IFieldReferenceOperation field ? field.Field.Name : RouteArguments.Constant(v) ?? string.Empty)
                .Select(v => VerbMethods.Values.Contains(v) ? v : string.Empty);

        /// <summary>The values of a params call's arguments, one per element whether passed as a list or as an array.</summary>
        private static IEnumerable<IOperation> Values(IInvocationOperation call) =>
            call.Arguments.SelectMany(a => a.Value is IArrayCreationOperation { Initializer: { } initializer } ? (IEnumerable<IOperation>)initializer.ElementValues : new[] { a.Value });

        private IReadOnlyList<IInvocationOperation> FindConfiguratorCalls() =>
            Assignments("Configurator")
                .SelectMany(a => a.Value.Descendants().OfType<IInvocationOperation>())
                .ToArray();

        private string? FindRoutePrefix() => Assignments("RoutePrefix").Select(a => RouteArguments.Constant(a.Value)).FirstOrDefault(p => p != null);

        private IEnumerable<ISimpleAssignmentOperation> Assignments(string property) =>
            _endpointOptions == null
                ? Enumerable.Empty<ISimpleAssignmentOperation>()
                : _index.FindAssignments(property)
                    .OfType<ISimpleAssignmentOperation>()
                    .Where(a => a.Target is IPropertyReferenceOperation reference && AspNetCoreSymbols.Is(reference.Property.ContainingType, _endpointOptions));
    }
}
