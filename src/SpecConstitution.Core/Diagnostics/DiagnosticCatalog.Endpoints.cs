namespace SpecConstitution.Diagnostics
{
    /// <summary>Code rules (analyzers): SC1xxx.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticInfo EndpointNotRateLimited = new DiagnosticInfo(
            "SC1001", "Endpoint is not rate limited",
            "Endpoint '{0}' has no rate limiting (rule '{1}'{2})", Endpoints, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo EndpointAuthorizationNotStated = new DiagnosticInfo(
            "SC1002", "Endpoint does not state its authorization",
            "Endpoint '{0}' states no authorization: add [Authorize] or [AllowAnonymous] (rule '{1}'{2})", Endpoints, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo RateLimitingPolicyNotRegistered = new DiagnosticInfo(
            "SC1003", "Rate limiting policy is not registered",
            "Rate limiting policy '{0}' is not registered; registered policies: {1} (rule '{2}'{3})", Endpoints, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo EndpointRouteDoesNotMatch = new DiagnosticInfo(
            "SC1004", "Endpoint route does not match the required pattern",
            "Endpoint '{0}' has route '{1}', which does not match '{2}' (rule '{3}'{4})", Endpoints, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo RateLimiterMiddlewareNotRunning = new DiagnosticInfo(
            "SC1005", "Rate limiting middleware does not run",
            "The app maps endpoints that must be rate limited, but {0}: no rate limiting policy applies at run time (rule '{1}'{2})", Endpoints, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo EndpointNotJudged = new DiagnosticInfo(
            "SC1006", "Endpoint could not be judged",
            "Endpoint '{0}' could not be judged by rule '{1}'{2}: {3}", Endpoints, FindingSeverity.Warning, CompilerSurface.Code);

        // {0} the mapping call's name, {1} what no convention on its builder does, {2} rule id, {3} principle suffix, {4} its stand-in route.
        public static readonly DiagnosticInfo LibraryEndpointsOutOfSight = new DiagnosticInfo(
            "SC1007", "Endpoints mapped by a library out of sight",
            "'{0}' maps endpoints of a library whose routes and metadata the compiler cannot see, and no convention applied to the builder it returns {1} (rule '{2}'{3}): apply one to that builder, or exclude '{4}' with exclude-routes", Endpoints, FindingSeverity.Warning, CompilerSurface.Code);
    }
}
