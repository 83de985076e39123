namespace SpecConstitution.Diagnostics
{
    /// <summary>Code rules beyond endpoints (banned APIs, layering, requirement citations): SC1010–SC1099.</summary>
    public static partial class DiagnosticCatalog
    {
        private const string CodeRules = "SpecConstitution.CodeRules";

        public static readonly DiagnosticInfo BannedApiUsed = new DiagnosticInfo(
            "SC1010", "Use of a banned API",
            "'{0}' is banned by rule '{1}'{2}", CodeRules, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo LayeringViolation = new DiagnosticInfo(
            "SC1020", "Reference across a forbidden layer boundary",
            "'{0}' references '{1}' from namespace '{2}', which may not reference '{3}' (rule '{4}')", CodeRules, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo UnknownRequirement = new DiagnosticInfo(
            "SC1030", "Cited requirement does not exist in the specs",
            "Requirement '{0}' does not exist in the specs{1}", CodeRules, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo AmbiguousRequirement = new DiagnosticInfo(
            "SC1031", "Cited requirement is ambiguous",
            "Requirement '{0}' exists in several features ({1}); qualify it as '<feature>/{0}'", CodeRules, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo RequirementNotTraced = new DiagnosticInfo(
            "SC1040", "Requirement is not cited by tests or code",
            "{0}/{1} is cited by no {2} (rule '{3}')", CodeRules, FindingSeverity.Warning);
    }
}
