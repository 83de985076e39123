using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// "States its authorization": [Authorize]/[AllowAnonymous] (any IAuthorizeData/IAllowAnonymous metadata),
    /// .RequireAuthorization()/.AllowAnonymous(), MVC's global <c>AuthorizeFilter</c> for actions and pages, or a fallback
    /// policy when <c>fallback-policy-satisfies</c>.
    /// </summary>
    internal sealed class AuthorizationRequirement : EndpointRequirement
    {
        private readonly bool _fallbackPolicySatisfies;

        public AuthorizationRequirement(EndpointServices services, RuleDefinition rule)
            : base(services)
        {
            _fallbackPolicySatisfies = new EndpointAuthorizationSettings(rule).FallbackPolicySatisfies;
        }

        protected override bool IsSatisfiedGlobally => _fallbackPolicySatisfies && Services.Index.HasFallbackPolicy;

        /// <summary>
        /// A global <c>AuthorizeFilter</c> requires authorization on every action and page, as <c>[Authorize]</c> on each
        /// would: unlike a fallback policy it is not a default for endpoints that say nothing, so it counts without an option.
        /// </summary>
        protected override bool IsSatisfiedByMvcFilters => Services.Index.HasGlobalAuthorizeFilter;

        /// <summary><c>options.Conventions.AuthorizeFolder/AuthorizePage/AllowAnonymousToPage…</c> (and Identity's default UI's own) cover the page.</summary>
        protected override bool IsSatisfiedByPageConventions(RazorPage page) => Services.Index.RazorPages.StatesAuthorization(page);

        protected override bool Satisfies(IInvocationOperation call) =>
            (call.TargetMethod.Name == "RequireAuthorization" || call.TargetMethod.Name == "AllowAnonymous") &&
            (AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, Symbols.AuthorizationConventionExtensions) || Services.Index.Carter.IsModuleConvention(call.TargetMethod));

        /// <summary>
        /// FastEndpoints adds authorization to every endpoint that does not call AllowAnonymous() (which states it too):
        /// Roles/Policies/Permissions/Claims only narrow it.
        /// </summary>
        protected override bool FastEndpointsSatisfyByDefault => true;

        protected override bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument) =>
            AspNetCoreSymbols.IsOrDerives(type, Symbols.AuthorizeData) || AspNetCoreSymbols.IsOrDerives(type, Symbols.AllowAnonymous);
    }
}
