using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// "Rate limited", as the rate limiting middleware decides it: [DisableRateLimiting] anywhere turns limiting off
    /// (an explicit decision only when <c>allow-disable</c>); otherwise [EnableRateLimiting]/.RequireRateLimiting
    /// (naming <c>required-policy</c> when set), or a global limiter when <c>global-limiter-satisfies</c>.
    /// </summary>
    internal sealed class RateLimitingRequirement : EndpointRequirement
    {
        private readonly bool _allowDisable;
        private readonly bool _globalLimiterSatisfies;
        private readonly string? _requiredPolicy;

        public RateLimitingRequirement(EndpointServices services, RuleDefinition rule)
            : base(services)
        {
            var settings = new EndpointRateLimitingSettings(rule);
            _allowDisable = settings.AllowDisable;
            _globalLimiterSatisfies = settings.GlobalLimiterSatisfies;
            _requiredPolicy = settings.RequiredPolicy;
        }

        protected override bool IsSatisfiedGlobally => _globalLimiterSatisfies && _requiredPolicy == null && Services.Index.HasGlobalLimiter;

        protected override bool Satisfies(IInvocationOperation call)
        {
            if (!IsRateLimitingConvention(call))
            {
                return false;
            }

            return call.TargetMethod.Name switch
            {
                "RequireRateLimiting" => _requiredPolicy == null || RouteArguments.Constant(RouteArguments.Find(call, "policyName")?.Value) == _requiredPolicy,
                "DisableRateLimiting" => _allowDisable,
                _ => false,
            };
        }

        /// <summary>FastEndpoints' own <c>Throttle(…)</c> limits the endpoint; it names no policy, so a required policy is not met by it.</summary>
        protected override bool SatisfiesFastEndpointsCall(IInvocationOperation call) =>
            _requiredPolicy == null && call.TargetMethod.Name == "Throttle" && FastEndpointsModel.IsLibraryMethod(call.TargetMethod);

        protected override bool SatisfiesFastEndpointsAttribute(AttributeData attribute) =>
            _requiredPolicy == null && Services.FastEndpoints.IsThrottleAttribute(attribute);

        /// <summary>With a required policy, which policy applies matters: the last [EnableRateLimiting] metadata, as the middleware reads it.</summary>
        protected override System.Func<ITypeSymbol, bool>? LastOneWins =>
            _requiredPolicy == null ? null : type => AspNetCoreSymbols.IsOrDerives(type, Symbols.EnableRateLimitingAttribute);

        /// <summary>RequireRateLimiting(…) adds EnableRateLimitingAttribute metadata after the attributes; one naming the required policy satisfies anyway.</summary>
        protected override bool ReplacesAttributes(IInvocationOperation call) =>
            call.TargetMethod.Name == "RequireRateLimiting" && IsRateLimitingConvention(call);

        protected override bool CanVeto => !_allowDisable;

        protected override bool Vetoes(IInvocationOperation call) =>
            !_allowDisable && call.TargetMethod.Name == "DisableRateLimiting" && IsRateLimitingConvention(call);

        /// <summary>ASP.NET Core's RequireRateLimiting/DisableRateLimiting, or a CarterModule's own methods of those names.</summary>
        private bool IsRateLimitingConvention(IInvocationOperation call) =>
            AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, Symbols.RateLimiterConventionExtensions) || Services.Index.Carter.IsModuleConvention(call.TargetMethod);

        protected override bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument) =>
            (AspNetCoreSymbols.IsOrDerives(type, Symbols.EnableRateLimitingAttribute) && (_requiredPolicy == null || firstArgument == _requiredPolicy)) ||
            (_allowDisable && AspNetCoreSymbols.IsOrDerives(type, Symbols.DisableRateLimitingAttribute));

        protected override bool VetoesMetadata(ITypeSymbol type) => !_allowDisable && AspNetCoreSymbols.IsOrDerives(type, Symbols.DisableRateLimitingAttribute);
    }
}
