using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>Recognizes the calls that produce endpoints — Map*, MapHub, MapHealthChecks, MapRazorPages, MapGrpcService — and describes them.</summary>
    internal static class MinimalApiEndpoint
    {
        private static readonly Dictionary<string, string> Verbs = new Dictionary<string, string>
        {
            ["MapGet"] = "GET", ["MapPost"] = "POST", ["MapPut"] = "PUT", ["MapDelete"] = "DELETE", ["MapPatch"] = "PATCH",
            ["MapMethods"] = "", ["Map"] = "", ["MapFallback"] = "",
        };

        /// <summary>The endpoints one call produces: one per path its builder can arrive by (helpers called twice map twice).</summary>
        public static IEnumerable<Endpoint> Discover(IInvocationOperation call, AspNetCoreSymbols symbols, ConventionFlow flow, RazorPagesModel razorPages)
        {
            if (!TryDescribe(call, symbols, razorPages, out string verb, out string ownRoute, out string? library))
            {
                yield break;
            }

            Location location = (RouteArguments.Find(call, "pattern")?.Syntax ?? NameSyntax(call)).GetLocation();
            IMethodSymbol? handler = Handler(call);
            foreach (BuilderPath path in flow.Paths(call))
            {
                string route = RouteTemplate.Combine(path.GroupPrefix, ownRoute);
                yield return Endpoint.ForMap(call, path, handler, verb, route, !HasWildcard(route), location, library);
            }
        }

        /// <param name="library">The mapping's name when it maps endpoints of a library the compiler cannot see (SC1007), else null.</param>
        public static bool TryDescribe(IInvocationOperation call, AspNetCoreSymbols symbols, RazorPagesModel razorPages, out string verb, out string route, out string? library)
        {
            IMethodSymbol method = call.TargetMethod;
            INamedTypeSymbol? type = method.ContainingType;
            verb = string.Empty;
            route = string.Empty;
            library = LibraryMapping(call);
            if (AspNetCoreSymbols.Is(type, symbols.EndpointRouteBuilderExtensions) || AspNetCoreSymbols.Is(type, symbols.FallbackEndpointRouteBuilderExtensions))
            {
                if (!Verbs.TryGetValue(method.Name, out string? knownVerb))
                {
                    return false;
                }

                IArgumentOperation? pattern = RouteArguments.Find(call, "pattern");
                verb = knownVerb;
                route = method.Name == "MapFallback" && pattern == null ? "{*path:nonfile}" : RouteArguments.ConstantOrWildcard(pattern?.Value);
                return true;
            }

            if ((AspNetCoreSymbols.Is(type, symbols.HubEndpointRouteBuilderExtensions) && method.Name == "MapHub") ||
                (AspNetCoreSymbols.Is(type, symbols.HealthCheckEndpointRouteBuilderExtensions) && method.Name == "MapHealthChecks"))
            {
                route = RouteArguments.ConstantOrWildcard(RouteArguments.Find(call, "pattern")?.Value);
                return true;
            }

            // Pages the Razor generator compiled are endpoints of their own (RazorPagesModel); what MapRazorPages() maps
            // beyond them is a library's pages (Identity's default UI). Without the generator's output it stands for every page.
            if (symbols.IsMapRazorPages(method))
            {
                route = "*";
                if (razorPages.HasVisiblePages)
                {
                    library = razorPages.MapsLibraryPages ? method.Name : null;
                    return library != null;
                }

                return true;
            }

            // gRPC services get their routes from .proto contracts the compiler cannot see.
            if (AspNetCoreSymbols.Is(type, symbols.GrpcEndpointRouteBuilderExtensions) && method.Name == "MapGrpcService")
            {
                route = "*";
                return true;
            }

            if (library != null)
            {
                route = "*";
                return true;
            }

            return false;
        }

        /// <summary>
        /// Mappings whose endpoints a library defines out of sight (each maps several routes with metadata of its own):
        /// Identity's MapIdentityApi and Microsoft.AspNetCore.OpenApi's MapOpenApi. Known by name and declaring type, so
        /// an app without them pays nothing. The name of the call, or null.
        /// </summary>
        private static string? LibraryMapping(IInvocationOperation call)
        {
            IMethodSymbol method = call.TargetMethod;
            string? type = method.ContainingType?.Name;
            return (method.Name == "MapIdentityApi" && type == "IdentityApiEndpointRouteBuilderExtensions") ||
                   (method.Name == "MapOpenApi" && type == "OpenApiEndpointRouteBuilderExtensions")
                ? method.Name
                : null;
        }

        private static bool HasWildcard(string route) => route.Split('/').Any(segment => segment == "*");

        /// <summary>The handler lambda or method group: minimal APIs read attributes such as [Authorize] from it.</summary>
        private static IMethodSymbol? Handler(IInvocationOperation call)
        {
            IArgumentOperation? handler = RouteArguments.Find(call, "handler") ?? RouteArguments.Find(call, "requestDelegate");
            IOperation? value = ConventionFlow.Unwrap(handler?.Value);
            while (value is IDelegateCreationOperation creation)
            {
                value = ConventionFlow.Unwrap(creation.Target);
            }

            return value switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };
        }

        /// <summary>The name of the called method (<c>MapGet</c> in <c>app.MapGet(…)</c>), where a call is reported when it has no route argument.</summary>
        public static SyntaxNode NameSyntax(IInvocationOperation call) => call.Syntax switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name,
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name,
            _ => call.Syntax,
        };
    }
}
