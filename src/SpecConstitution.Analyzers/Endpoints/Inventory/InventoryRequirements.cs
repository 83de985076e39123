using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Endpoints.Inventory
{
    // The inventory asks the rules' own machinery (EndpointRequirement: builder calls, groups, MapControllers
    // conventions, handler and controller attributes) finer questions than the rules do: which protection, not whether one.

    /// <summary>[AllowAnonymous] / .AllowAnonymous() applies: at run time it wins over any authorization.</summary>
    internal sealed class AnonymousRequirement : EndpointRequirement
    {
        public AnonymousRequirement(EndpointServices services)
            : base(services)
        {
        }

        protected override bool IsSatisfiedGlobally => false;

        protected override bool Satisfies(IInvocationOperation call) =>
            call.TargetMethod.Name == "AllowAnonymous" && AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, Symbols.AuthorizationConventionExtensions);

        protected override bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument) => AspNetCoreSymbols.IsOrDerives(type, Symbols.AllowAnonymous);

        /// <summary>FastEndpoints: <c>AllowAnonymous()</c> in Configure() or the global configurator.</summary>
        protected override bool SatisfiesFastEndpointsCall(IInvocationOperation call) =>
            call.TargetMethod.Name == "AllowAnonymous" && FastEndpointsModel.IsLibraryMethod(call.TargetMethod);
    }

    /// <summary>[Authorize] / .RequireAuthorization() applies, or a fallback authorization policy covers every endpoint.</summary>
    internal sealed class AuthorizeRequirement : EndpointRequirement
    {
        public AuthorizeRequirement(EndpointServices services)
            : base(services)
        {
        }

        protected override bool IsSatisfiedGlobally => Services.Index.HasFallbackPolicy;

        protected override bool Satisfies(IInvocationOperation call) =>
            call.TargetMethod.Name == "RequireAuthorization" && AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, Symbols.AuthorizationConventionExtensions);

        protected override bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument) => AspNetCoreSymbols.IsOrDerives(type, Symbols.AuthorizeData);

        /// <summary>FastEndpoints secures every endpoint that does not allow anonymous access (asked after <see cref="AnonymousRequirement"/>).</summary>
        protected override bool FastEndpointsSatisfyByDefault => true;
    }

    /// <summary>FastEndpoints' own throttling: <c>Throttle(…)</c> in Configure() or the global configurator, or <c>[Throttle]</c>.</summary>
    internal sealed class ThrottleRequirement : EndpointRequirement
    {
        public ThrottleRequirement(EndpointServices services)
            : base(services)
        {
        }

        protected override bool IsSatisfiedGlobally => false;

        protected override bool Satisfies(IInvocationOperation call) => false;

        protected override bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument) => false;

        protected override bool SatisfiesFastEndpointsCall(IInvocationOperation call) =>
            call.TargetMethod.Name == "Throttle" && FastEndpointsModel.IsLibraryMethod(call.TargetMethod);

        protected override bool SatisfiesFastEndpointsAttribute(AttributeData attribute) => Services.FastEndpoints.IsThrottleAttribute(attribute);
    }

    /// <summary>[DisableRateLimiting] / .DisableRateLimiting() applies: at run time it wins over any policy.</summary>
    internal sealed class RateLimitingDisabledRequirement : EndpointRequirement
    {
        public RateLimitingDisabledRequirement(EndpointServices services)
            : base(services)
        {
        }

        protected override bool IsSatisfiedGlobally => false;

        protected override bool Satisfies(IInvocationOperation call) =>
            call.TargetMethod.Name == "DisableRateLimiting" && AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, Symbols.RateLimiterConventionExtensions);

        protected override bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument) => AspNetCoreSymbols.IsOrDerives(type, Symbols.DisableRateLimitingAttribute);
    }

    /// <summary>A named policy applies (<paramref name="policy"/>), or any named policy when it is null.</summary>
    internal sealed class RateLimitingPolicyRequirement : EndpointRequirement
    {
        private readonly string? _policy;

        public RateLimitingPolicyRequirement(EndpointServices services, string? policy)
            : base(services)
        {
            _policy = policy;
        }

        public string Policy => _policy ?? EndpointClassifier.UnknownPolicy;

        protected override bool IsSatisfiedGlobally => false;

        protected override bool Satisfies(IInvocationOperation call) =>
            call.TargetMethod.Name == "RequireRateLimiting" && AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, Symbols.RateLimiterConventionExtensions) &&
            (_policy == null || RouteArguments.Constant(RouteArguments.Find(call, "policyName")?.Value) == _policy);

        protected override bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument) =>
            AspNetCoreSymbols.IsOrDerives(type, Symbols.EnableRateLimitingAttribute) && (_policy == null || firstArgument == _policy);
    }
}
