namespace SpecConstitution.Diagnostics
{
    /// <summary>Spec, plan and tasks consistency: SC2xxx.</summary>
    public static partial class DiagnosticCatalog
    {
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
    }
}
