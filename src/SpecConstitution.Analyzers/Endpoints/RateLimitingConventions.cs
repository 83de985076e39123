using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Rules;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>What counts as "rate limited" for one endpoint-rate-limiting rule.</summary>
    internal sealed class RateLimitingConventions
    {
        private readonly AspNetCoreSymbols _symbols;
        private readonly bool _allowDisable;

        public RateLimitingConventions(AspNetCoreSymbols symbols, RuleDefinition rule)
        {
            _symbols = symbols;
            _allowDisable = rule.GetBoolean("allow-disable", false);
            Flow = new ConventionFlow(IsConventionCall);
        }

        public ConventionFlow Flow { get; }

        /// <summary><c>.RequireRateLimiting(...)</c>, <c>.DisableRateLimiting()</c> when allowed, or <c>.WithMetadata(new EnableRateLimitingAttribute(...))</c>.</summary>
        public bool IsConventionCall(IInvocationOperation call)
        {
            IMethodSymbol method = call.TargetMethod;
            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.RateLimiterConventionExtensions))
            {
                return method.Name == "RequireRateLimiting" || (_allowDisable && method.Name == "DisableRateLimiting");
            }

            return method.Name == "WithMetadata" && call.Arguments.Any(a => a.Descendants().OfType<IObjectCreationOperation>().Any(IsRateLimitingMetadata));
        }

        /// <summary><c>[EnableRateLimiting]</c> (or <c>[DisableRateLimiting]</c> when allowed) on the symbol.</summary>
        public bool IsMarked(ISymbol symbol, ControllerModel model) =>
            model.HasAttribute(symbol, _symbols.EnableRateLimitingAttribute) || (_allowDisable && model.HasAttribute(symbol, _symbols.DisableRateLimitingAttribute));

        public bool IsMarkedInHierarchy(INamedTypeSymbol type, ControllerModel model) =>
            model.HasAttributeInHierarchy(type, _symbols.EnableRateLimitingAttribute) || (_allowDisable && model.HasAttributeInHierarchy(type, _symbols.DisableRateLimitingAttribute));

        private bool IsRateLimitingMetadata(IObjectCreationOperation creation) =>
            SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.EnableRateLimitingAttribute) ||
            (_allowDisable && SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.DisableRateLimitingAttribute));
    }
}
