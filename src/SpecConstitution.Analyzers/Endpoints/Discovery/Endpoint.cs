using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    internal enum EndpointKind
    {
        MinimalApi,
        ControllerAction,

        /// <summary>A FastEndpoints endpoint class (its verb call in Configure()).</summary>
        FastEndpoint,

        /// <summary>A Razor page (the class the Razor generator makes of its .cshtml, and its PageModel).</summary>
        RazorPage,
    }

    /// <summary>One endpoint the app exposes, as far as the compiler can see it: its route, verb and where to report.</summary>
    internal sealed class Endpoint
    {
        private Endpoint(EndpointKind kind, string verb, string route, bool routeIsKnown, Location location)
        {
            Kind = kind;
            Verb = verb;
            Route = route;
            RouteIsKnown = routeIsKnown;
            Location = location;
        }

        public EndpointKind Kind { get; }

        /// <summary>GET, POST... or empty when any method matches (Map, MapMethods, MapFallback, conventional actions without [Http*]).</summary>
        public string Verb { get; }

        /// <summary>Normalized full route: group or controller prefixes joined, tokens replaced; '*' stands for a part unknown at compile time.</summary>
        public string Route { get; }

        /// <summary>False when part of the route is computed at run time (a route rule cannot judge it).</summary>
        public bool RouteIsKnown { get; }

        /// <summary>The Map* call's route argument (or its name), or the action method's name.</summary>
        public Location Location { get; }

        public string DisplayName => Verb.Length > 0 ? Verb + " " + Route : Route;

        // Minimal APIs: the Map* call, the path its builder took, the handler (lambda or method) when known.
        public IInvocationOperation? Call { get; private set; }

        public BuilderPath? Path { get; private set; }

        public IMethodSymbol? Handler { get; private set; }

        // Controllers.
        public INamedTypeSymbol? Controller { get; private set; }

        public IMethodSymbol? Action { get; private set; }

        public bool IsAttributeRouted { get; private set; }

        /// <summary>The MapControllers() call (and group prefix) this attribute-routed action is mapped by, when the app maps controllers on a group; else null (all calls judged together).</summary>
        public ControllerMapping? Mapping { get; private set; }

        /// <summary>
        /// The mapping method when the call maps a library's endpoints the compiler cannot see (MapIdentityApi,
        /// MapOpenApi): one stand-in endpoint for all of them, judged by the conventions on the builder it returns (SC1007).
        /// </summary>
        public string? LibraryMapping { get; private set; }

        public static Endpoint ForMap(IInvocationOperation call, BuilderPath path, IMethodSymbol? handler, string verb, string route, bool routeIsKnown, Location location, string? libraryMapping = null) =>
            new Endpoint(EndpointKind.MinimalApi, verb, route, routeIsKnown, location) { Call = call, Path = path, Handler = handler, LibraryMapping = libraryMapping };

        /// <summary>FastEndpoints: the calls its Configure() makes on it (AllowAnonymous(), Throttle(…), Options(…)).</summary>
        public IReadOnlyList<IInvocationOperation>? ConfigureCalls { get; private set; }

        public static Endpoint ForFastEndpoint(INamedTypeSymbol type, IReadOnlyList<IInvocationOperation> configureCalls, string verb, string route, bool routeIsKnown, Location location) =>
            new Endpoint(EndpointKind.FastEndpoint, verb, route, routeIsKnown, location) { Controller = type, ConfigureCalls = configureCalls };

        /// <summary>Razor Pages: the page this endpoint is.</summary>
        public RazorPage? Page { get; private set; }

        public static Endpoint ForPage(RazorPage page, Location location) =>
            new Endpoint(EndpointKind.RazorPage, string.Empty, page.Route, !page.Route.Contains("*"), location) { Page = page };

        public static Endpoint ForAction(INamedTypeSymbol controller, IMethodSymbol action, bool attributeRouted, string verb, string route, Location location, ControllerMapping? mapping = null) =>
            new Endpoint(EndpointKind.ControllerAction, verb, route, true, location) { Controller = controller, Action = action, IsAttributeRouted = attributeRouted, Mapping = mapping };
    }
}
