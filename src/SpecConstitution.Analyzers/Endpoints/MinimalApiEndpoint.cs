using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Routing;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>A minimal-API endpoint: a <c>Map*</c> call that produces one, its HTTP method and full route.</summary>
    internal sealed class MinimalApiEndpoint
    {
        private static readonly Dictionary<string, string> Verbs = new Dictionary<string, string>
        {
            ["MapGet"] = "GET", ["MapPost"] = "POST", ["MapPut"] = "PUT", ["MapDelete"] = "DELETE", ["MapPatch"] = "PATCH",
            ["MapMethods"] = "", ["Map"] = "", ["MapFallback"] = "",
        };

        private MinimalApiEndpoint(IInvocationOperation call, string verb, string route, Location location)
        {
            Call = call;
            Verb = verb;
            Route = route;
            Location = location;
        }

        public IInvocationOperation Call { get; }

        /// <summary>GET, POST... or empty for Map/MapMethods/MapFallback.</summary>
        public string Verb { get; }

        /// <summary>Normalized full route with group prefixes; '*' stands for a part not known at compile time.</summary>
        public string Route { get; }

        /// <summary>The route argument (or the call's name when it has none).</summary>
        public Location Location { get; }

        public string DisplayName => Verb.Length > 0 ? Verb + " " + Route : Route;

        public static MinimalApiEndpoint? TryCreate(IInvocationOperation call, AspNetCoreSymbols symbols)
        {
            IMethodSymbol method = call.TargetMethod;
            if (!Verbs.TryGetValue(method.Name, out string? verb) || !IsEndpointExtensionType(method.ContainingType, symbols))
            {
                return null;
            }

            IArgumentOperation? pattern = FindArgument(call, "pattern");
            string ownRoute = method.Name == "MapFallback" && pattern == null ? "{*path:nonfile}" : ConstantOrWildcard(pattern?.Value);
            string route = RouteTemplate.Combine(GroupPrefix(ConventionFlow.Receiver(call), 0), ownRoute);
            Location location = pattern?.Syntax.GetLocation() ?? NameLocation(call);
            return new MinimalApiEndpoint(call, verb, route, location);
        }

        private static bool IsEndpointExtensionType(INamedTypeSymbol? type, AspNetCoreSymbols symbols) =>
            type != null && (SymbolEqualityComparer.Default.Equals(type, symbols.EndpointRouteBuilderExtensions) ||
                             SymbolEqualityComparer.Default.Equals(type, symbols.FallbackEndpointRouteBuilderExtensions));

        private static IArgumentOperation? FindArgument(IInvocationOperation call, string name)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Name == name)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The prefixes of the groups the builder comes from, innermost last; '*' where unknown.</summary>
        private static string GroupPrefix(IOperation? builder, int depth)
        {
            if (builder == null || depth > 32)
            {
                return string.Empty;
            }

            switch (builder)
            {
                case IInvocationOperation call when ConventionFlow.IsMapGroup(call):
                    return RouteTemplate.Combine(GroupPrefix(ConventionFlow.Receiver(call), depth + 1), ConstantOrWildcard(FindArgument(call, "prefix")?.Value));
                case IInvocationOperation call when call.TargetMethod.IsExtensionMethod && !call.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal):
                    return GroupPrefix(ConventionFlow.Receiver(call), depth + 1);
                case ILocalReferenceOperation local:
                    IOperation? initializer = LocalInitializer(local);
                    return initializer == null ? string.Empty : GroupPrefix(ConventionFlow.Unwrap(initializer), depth + 1);
                default:
                    return string.Empty;
            }
        }

        private static IOperation? LocalInitializer(ILocalReferenceOperation reference)
        {
            foreach (SyntaxReference declaration in reference.Local.DeclaringSyntaxReferences)
            {
                if (declaration.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer } &&
                    reference.SemanticModel != null && initializer.SyntaxTree == reference.Syntax.SyntaxTree)
                {
                    return reference.SemanticModel.GetOperation(initializer.Value);
                }
            }

            return null;
        }

        private static string ConstantOrWildcard(IOperation? value)
        {
            if (value == null)
            {
                return string.Empty;
            }

            IOperation? unwrapped = ConventionFlow.Unwrap(value);
            if (unwrapped != null && unwrapped.ConstantValue.HasValue && unwrapped.ConstantValue.Value is string text)
            {
                return text;
            }

            // RoutePattern objects and computed strings: unknown at compile time.
            return "*";
        }

        private static Location NameLocation(IInvocationOperation call) =>
            call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } ? member.Name.GetLocation() : call.Syntax.GetLocation();
    }
}
