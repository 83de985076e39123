using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Endpoints.Discovery;

namespace SpecConstitution.Analyzers.Endpoints.Inventory
{
    /// <summary>
    /// Describes an endpoint for the inventory: its methods, how it is authorized and rate limited (as the middleware
    /// decides it at run time: an opt-out wins over a protection) and its handler.
    /// </summary>
    internal sealed class EndpointClassifier
    {
        public const string Authorize = "authorize";
        public const string Anonymous = "anonymous";
        public const string None = "none";
        public const string Disabled = "disabled";
        public const string Global = "global";

        /// <summary>FastEndpoints' own per-endpoint throttling, which is no ASP.NET Core policy.</summary>
        public const string Throttle = "throttle";

        /// <summary>A policy is applied but its name is computed at run time.</summary>
        public const string UnknownPolicy = "*";

        private readonly EndpointServices _services;
        private readonly AnonymousRequirement _anonymous;
        private readonly AuthorizeRequirement _authorize;
        private readonly RateLimitingDisabledRequirement _disabled;
        private readonly RateLimitingPolicyRequirement _anyPolicy;
        private readonly ThrottleRequirement _throttle;
        private readonly Lazy<RateLimitingPolicyRequirement[]> _policies;

        public EndpointClassifier(EndpointServices services)
        {
            _services = services;
            _anonymous = new AnonymousRequirement(services);
            _authorize = new AuthorizeRequirement(services);
            _disabled = new RateLimitingDisabledRequirement(services);
            _anyPolicy = new RateLimitingPolicyRequirement(services, null);
            _throttle = new ThrottleRequirement(services);
            _policies = new Lazy<RateLimitingPolicyRequirement[]>(() => services.Index.RateLimiterPolicies.Names
                .Select(name => new RateLimitingPolicyRequirement(services, name)).ToArray(), System.Threading.LazyThreadSafetyMode.PublicationOnly);
        }

        public InventoryEntry Describe(Endpoint endpoint) =>
            new InventoryEntry(endpoint.Route, Methods(endpoint), AuthorizationOf(endpoint), RateLimitingOf(endpoint), HandlerOf(endpoint));

        // A search that ran out of steps (null) is not counted as protection: the inventory errs on the side of review.
        private string AuthorizationOf(Endpoint endpoint) =>
            _anonymous.IsMet(endpoint) == true ? Anonymous : _authorize.IsMet(endpoint) == true ? Authorize : None;

        private string RateLimitingOf(Endpoint endpoint)
        {
            if (_disabled.IsMet(endpoint) == true)
            {
                return Disabled;
            }

            if (_anyPolicy.IsMet(endpoint) == true)
            {
                // Registered names first; a name nobody registers still is the name the endpoint asks for.
                RateLimitingPolicyRequirement? named = _policies.Value.FirstOrDefault(p => p.IsMet(endpoint) == true);
                return named != null ? named.Policy : ConstantPolicyName(endpoint) ?? UnknownPolicy;
            }

            if (endpoint.Kind == EndpointKind.FastEndpoint && _throttle.IsMet(endpoint) == true)
            {
                return Throttle;
            }

            return _services.Index.HasGlobalLimiter ? Global : None;
        }

        /// <summary>The policy an endpoint names directly (handler or controller attribute, or the Map call's chain) when no registered name matched.</summary>
        private static string? ConstantPolicyName(Endpoint endpoint)
        {
            IEnumerable<AttributeData> attributes = endpoint.Kind switch
            {
                EndpointKind.MinimalApi => endpoint.Handler?.GetAttributes() ?? Enumerable.Empty<AttributeData>(),
                EndpointKind.ControllerAction => endpoint.Action!.GetAttributes().Concat(endpoint.Controller!.GetAttributes()),
                EndpointKind.RazorPage => endpoint.Page!.Attributes,
                _ => endpoint.Controller!.GetAttributes(),
            };
            foreach (AttributeData attribute in attributes)
            {
                if (attribute.AttributeClass?.Name == "EnableRateLimitingAttribute" && AttributeArguments.FirstString(attribute) is string name)
                {
                    return name;
                }
            }

            for (IOperation? parent = endpoint.Call?.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IInvocationOperation { TargetMethod: { Name: "RequireRateLimiting" } } require &&
                    RouteArguments.Constant(RouteArguments.Find(require, "policyName")?.Value) is string policy)
                {
                    return policy;
                }
            }

            return null;
        }

        private static IReadOnlyList<string> Methods(Endpoint endpoint)
        {
            if (endpoint.Verb.Length > 0)
            {
                return endpoint.Verb.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.ToUpperInvariant()).OrderBy(v => v, StringComparer.Ordinal).ToArray();
            }

            // MapMethods("/x", new[] { "GET", "HEAD" }, ...): the constant methods it lists.
            if (endpoint.Call is { TargetMethod: { Name: "MapMethods" } } call &&
                RouteArguments.Find(call, "httpMethods")?.Value is IOperation listed)
            {
                string[] methods = listed.DescendantsAndSelf().OfType<ILiteralOperation>()
                    .Select(l => l.ConstantValue.Value as string).Where(v => v != null).Select(v => v!.ToUpperInvariant())
                    .Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToArray();
                if (methods.Length > 0)
                {
                    return methods;
                }
            }

            return new[] { "*" };
        }

        private static string HandlerOf(Endpoint endpoint)
        {
            if (endpoint.Kind == EndpointKind.ControllerAction)
            {
                return endpoint.Controller!.ToDisplayString() + "." + endpoint.Action!.Name;
            }

            if (endpoint.Kind == EndpointKind.RazorPage)
            {
                // The page's model handles its requests (OnGet, OnPost…); a page without one renders itself.
                return (endpoint.Page!.ModelType ?? endpoint.Page.PageType).ToDisplayString();
            }

            if (endpoint.Kind == EndpointKind.FastEndpoint)
            {
                // FastEndpoints runs the class's HandleAsync (or ExecuteAsync) for the route its Configure() declares.
                return endpoint.Controller!.ToDisplayString();
            }

            IMethodSymbol? handler = endpoint.Handler;
            if (handler == null)
            {
                return endpoint.Call!.TargetMethod.Name;
            }

            if (handler.MethodKind == MethodKind.AnonymousFunction || handler.MethodKind == MethodKind.LocalFunction)
            {
                // A lambda has no name: the method it is written in, which is what a reviewer looks for.
                string owner = handler.ContainingSymbol is IMethodSymbol containing && containing.ContainingType != null
                    ? containing.ContainingType.ToDisplayString() + "." + (containing.MethodKind == MethodKind.Ordinary && !containing.Name.StartsWith("<", StringComparison.Ordinal) ? containing.Name : "<top-level>")
                    : handler.ContainingType?.ToDisplayString() ?? "?";
                return "lambda in " + owner;
            }

            return handler.ContainingType.ToDisplayString() + "." + handler.Name;
        }
    }
}
