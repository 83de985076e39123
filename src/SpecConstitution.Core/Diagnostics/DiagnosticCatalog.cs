using System.Collections.Generic;
using System.Linq;

namespace SpecConstitution.Diagnostics
{
    /// <summary>
    /// Every diagnostic the package reports. IDs are a public contract:
    /// SC1xxx code rules, SC2xxx spec chain, SC3xxx constitution and rules file, SC4xxx project rules, SC5xxx manifest and deployment.
    /// </summary>
    public static class DiagnosticCatalog
    {
        public const string HelpLinkBase = "https://github.com/spec-constitution/SpecConstitution/blob/main/docs/rules/";

        private const string Endpoints = "SpecConstitution.Endpoints";
        private const string Specs = "SpecConstitution.Specs";
        private const string Constitution = "SpecConstitution.Constitution";
        private const string Deployment = "SpecConstitution.Deployment";

        public static readonly DiagnosticInfo EndpointNotRateLimited = new DiagnosticInfo(
            "SC1001", "Endpoint is not rate limited",
            "Endpoint '{0}' has no rate limiting (rule '{1}'{2})", Endpoints, FindingSeverity.Warning);

        public static readonly DiagnosticInfo PlanWithoutSpec = new DiagnosticInfo(
            "SC2001", "Plan without a spec",
            "Feature '{0}' has plan.md but no spec.md: run /speckit.specify before /speckit.plan", Specs, FindingSeverity.Warning);

        public static readonly DiagnosticInfo TasksWithoutPlan = new DiagnosticInfo(
            "SC2002", "Tasks without a plan",
            "Feature '{0}' has tasks.md but no plan.md: run /speckit.plan before /speckit.tasks", Specs, FindingSeverity.Warning);

        public static readonly DiagnosticInfo UnresolvedClarification = new DiagnosticInfo(
            "SC2010", "Unresolved [NEEDS CLARIFICATION] marker",
            "Unresolved clarification in {0}: {1}", Specs, FindingSeverity.Warning);

        public static readonly DiagnosticInfo SpecFileUnreadable = new DiagnosticInfo(
            "SC2099", "Spec-Kit file could not be read",
            "{0} could not be read: {1}", Specs, FindingSeverity.Warning);

        public static readonly DiagnosticInfo RulesFileSyntaxError = new DiagnosticInfo(
            "SC3001", "Rules file is not valid YAML",
            "The rules file is not valid YAML: {0}", Constitution, FindingSeverity.Error);

        public static readonly DiagnosticInfo RulesFileUnknownKey = new DiagnosticInfo(
            "SC3002", "Unknown key in rules file",
            "Unknown key '{0}' in {1}; expected one of: {2}", Constitution, FindingSeverity.Warning);

        public static readonly DiagnosticInfo RulesFileUnknownKind = new DiagnosticInfo(
            "SC3003", "Unknown rule kind",
            "Rule '{0}' has unknown kind '{1}'; known kinds: {2}", Constitution, FindingSeverity.Error);

        public static readonly DiagnosticInfo RulesFileInvalidValue = new DiagnosticInfo(
            "SC3004", "Invalid value in rules file",
            "{0}", Constitution, FindingSeverity.Error);

        public static readonly DiagnosticInfo RulesFileDuplicateId = new DiagnosticInfo(
            "SC3005", "Duplicate rule id",
            "Rule id '{0}' is already used at line {1}", Constitution, FindingSeverity.Error);

        public static readonly DiagnosticInfo RulesFileMissingKey = new DiagnosticInfo(
            "SC3006", "Required key missing in rules file",
            "{0} is missing the required key '{1}'", Constitution, FindingSeverity.Error);

        public static readonly DiagnosticInfo PrincipleNotInConstitution = new DiagnosticInfo(
            "SC3007", "Rule names a principle the constitution does not have",
            "Rule '{0}' names principle '{1}', which is not a heading of constitution.md", Constitution, FindingSeverity.Warning);

        public static readonly DiagnosticInfo ConstitutionVersionDrift = new DiagnosticInfo(
            "SC3010", "Rules file and constitution versions differ",
            "The rules file says constitution-version {0} but constitution.md says {1}", Constitution, FindingSeverity.Warning);

        public static readonly DiagnosticInfo ManifestInputUnreadable = new DiagnosticInfo(
            "SC5001", "Deploy manifest input could not be read",
            "Could not read {0}: {1}", Deployment, FindingSeverity.Warning);

        public static IReadOnlyList<DiagnosticInfo> All { get; } = typeof(DiagnosticCatalog)
            .GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticInfo))
            .Select(f => (DiagnosticInfo)f.GetValue(null))
            .OrderBy(d => d.Id, System.StringComparer.Ordinal)
            .ToArray();

        public static DiagnosticInfo? Find(string id) => All.FirstOrDefault(d => d.Id == id);
    }
}
