using System;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// What a controller contributes to each of its actions' routes, read once per controller rather than once per
    /// action: its name without "Controller", its first route template and its [Area].
    /// </summary>
    internal sealed class ControllerRouting
    {
        private const string ControllerSuffix = "Controller";
        private const string AsyncSuffix = "Async";

        private readonly string? _area;

        public ControllerRouting(Microsoft.CodeAnalysis.INamedTypeSymbol controller, string? prefix, string? area)
        {
            Name = controller.Name.EndsWith(ControllerSuffix, StringComparison.Ordinal)
                ? controller.Name.Substring(0, controller.Name.Length - ControllerSuffix.Length)
                : controller.Name;
            Prefix = prefix;
            _area = area;
        }

        /// <summary>MVC's [controller] token value.</summary>
        public string Name { get; }

        /// <summary>The controller's (or a base's) first route template, null when it has none.</summary>
        public string? Prefix { get; }

        /// <summary>The action's full route, given the action's own first route template (null when it has none).</summary>
        public string Route(Microsoft.CodeAnalysis.IMethodSymbol action, string? own)
        {
            string actionName = action.Name.EndsWith(AsyncSuffix, StringComparison.Ordinal) ? action.Name.Substring(0, action.Name.Length - AsyncSuffix.Length) : action.Name;
            string combined;
            if (own != null && (own.StartsWith("/", StringComparison.Ordinal) || own.StartsWith("~/", StringComparison.Ordinal)))
            {
                combined = RouteTemplate.Combine(own.TrimStart('~'));
            }
            else if (Prefix == null && own == null)
            {
                // Conventional routing: the default "{controller=Home}/{action=Index}/{id?}" template.
                combined = RouteTemplate.Combine(Name, actionName);
            }
            else
            {
                combined = RouteTemplate.Combine(Prefix, own);
            }

            return RouteTemplate.ReplaceTokens(_area == null ? combined : RouteTemplate.ReplaceToken(combined, "[area]", _area), Name, actionName);
        }
    }
}
