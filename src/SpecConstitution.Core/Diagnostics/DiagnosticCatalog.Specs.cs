namespace SpecConstitution.Diagnostics
{
    /// <summary>Spec, plan and tasks consistency: SC2xxx.</summary>
    public static partial class DiagnosticCatalog
    {
        // Step order
        public static readonly DiagnosticInfo PlanWithoutSpec = new DiagnosticInfo(
            "SC2001", "Plan without a spec",
            "Feature '{0}' has plan.md but no spec.md: run /speckit.specify before /speckit.plan", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TasksWithoutPlan = new DiagnosticInfo(
            "SC2002", "Tasks without a plan",
            "Feature '{0}' has tasks.md but no plan.md: run /speckit.plan before /speckit.tasks", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo DuplicateFeatureNumber = new DiagnosticInfo(
            "SC2003", "Feature folders share a number prefix",
            "Feature folders {0} share the prefix '{1}': Spec-Kit's scripts find a feature by its prefix and cannot tell them apart", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        // Unresolved markers
        public static readonly DiagnosticInfo UnresolvedClarification = new DiagnosticInfo(
            "SC2010", "Unresolved [NEEDS CLARIFICATION] marker",
            "Unresolved clarification in {0}: {1}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TechnicalContextUnresolved = new DiagnosticInfo(
            "SC2011", "NEEDS CLARIFICATION left in Technical Context",
            "Technical Context field '{0}' in {1} still says NEEDS CLARIFICATION", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TemplatePlaceholderLeft = new DiagnosticInfo(
            "SC2012", "Template placeholder left in a document",
            "Template placeholder '{0}' left in {1}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        // Spec structure
        public static readonly DiagnosticInfo MandatorySectionMissing = new DiagnosticInfo(
            "SC2020", "Mandatory spec section missing",
            "{0} has no '{1}' section, which the spec template marks mandatory", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo StoryWithoutPriority = new DiagnosticInfo(
            "SC2021", "User story without a priority",
            "User Story {0} in {1} states no priority: write '(Priority: P1)' in its heading", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo StoryWithoutScenarios = new DiagnosticInfo(
            "SC2022", "User story without acceptance scenarios",
            "User Story {0} in {1} has no Given/When/Then acceptance scenario", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo RequirementIdMalformed = new DiagnosticInfo(
            "SC2023", "Requirement ID does not follow the FR-###/SC-### grammar",
            "Requirement ID '{0}' in {1} does not follow Spec-Kit's grammar {2}-### (three digits)", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo DuplicateRequirementId = new DiagnosticInfo(
            "SC2024", "Duplicate requirement ID",
            "Requirement ID '{0}' is declared more than once in {1}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo RequirementIdGap = new DiagnosticInfo(
            "SC2025", "Gap in requirement numbering",
            "{0} jumps from {1} to {2} in {3}: a requirement was deleted or never written", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo DuplicateRequirementText = new DiagnosticInfo(
            "SC2026", "Two requirements say the same thing",
            "{0} says the same as {1} in {2}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo VagueRequirement = new DiagnosticInfo(
            "SC2027", "Vague requirement without a number",
            "{0} in {1} says '{2}' without a number to test it against", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        // Tasks
        public static readonly DiagnosticInfo TaskGrammarDeviation = new DiagnosticInfo(
            "SC2030", "Task lines deviate from the task grammar",
            "{0} of {1} task lines in {2} deviate from '- [ ] T001 [P] [US1] description path' ({3}); first here", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo DuplicateTaskId = new DiagnosticInfo(
            "SC2031", "Duplicate task ID",
            "Task ID '{0}' is used more than once in {1}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TaskIdOutOfOrder = new DiagnosticInfo(
            "SC2032", "Task IDs out of order",
            "{0} task(s) in {1} follow a higher ID (first '{2}' after '{3}'): IDs should increase down the file", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TaskNamesUnknownStory = new DiagnosticInfo(
            "SC2033", "Task names a user story the spec lacks",
            "Task '{0}' is labelled [{1}] but spec.md has no User Story {2}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo StoryLabelInSharedPhase = new DiagnosticInfo(
            "SC2034", "Story label in a shared phase",
            "Task '{0}' is labelled [{1}] inside the {2} phase, which serves every story", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo StoryWithoutTasks = new DiagnosticInfo(
            "SC2035", "User story with no task",
            "User Story {0} ({1}) has no task in tasks.md", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo ParallelTasksShareFile = new DiagnosticInfo(
            "SC2036", "Parallel tasks touch the same file",
            "Tasks {0} are all marked [P] in one phase but all {1} touch {2}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TaskWithoutPath = new DiagnosticInfo(
            "SC2037", "Task names no file",
            "{0} of {1} tasks in {2} name no file path (first '{3}'): Spec-Kit tasks say exactly which file they change", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        // Coverage
        public static readonly DiagnosticInfo RequirementNotCovered = new DiagnosticInfo(
            "SC2040", "Requirement has no task",
            "{0} of {1} functional requirements are cited by no task in {2} ({3}), while its tasks cite the others", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TaskCitesUnknownRequirement = new DiagnosticInfo(
            "SC2041", "Task cites an unknown requirement",
            "Task '{0}' cites {1}, which {2} does not declare", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        // Phantom completions
        public static readonly DiagnosticInfo PhantomCompletion = new DiagnosticInfo(
            "SC2050", "Completed task names a file that does not exist",
            "Task '{0}' is marked done but {1} does not exist in the repository (nor any file of that name)", Specs, FindingSeverity.Warning);

        // Plan
        public static readonly DiagnosticInfo ConstitutionCheckMissing = new DiagnosticInfo(
            "SC2060", "Plan has no Constitution Check",
            "{0} has no 'Constitution Check' section: the plan was never held against the constitution", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo ViolationNotJustified = new DiagnosticInfo(
            "SC2061", "Constitution violation without a Complexity Tracking row",
            "The Constitution Check in {0} records a violation ('{1}') but Complexity Tracking justifies none", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo PlanConstitutionVersionDiffers = new DiagnosticInfo(
            "SC2062", "Plan cites another constitution version",
            "{0} was checked against constitution v{1}, but constitution.md is at {2}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        // Lifecycle
        public static readonly DiagnosticInfo CompleteSpecWithOpenTasks = new DiagnosticInfo(
            "SC2070", "Spec says complete but tasks are open",
            "{0} has Status '{1}' but {2} of {3} tasks are still open", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo DoneTasksDraftSpec = new DiagnosticInfo(
            "SC2071", "All tasks done while the spec is a draft",
            "All {0} tasks of {1} are done but its Status is still '{2}'", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo ChecklistOpenAfterTasksDone = new DiagnosticInfo(
            "SC2072", "Checklist items open after all tasks are done",
            "{0} unchecked item(s) in {1} although every task of {2} is done", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        // Whole-document shape (issue 20)
        public static readonly DiagnosticInfo DocumentInCodeFence = new DiagnosticInfo(
            "SC2090", "Document wrapped in a code fence",
            "{0} is wrapped whole in a Markdown code fence ('{1}'): its headings are code, so Spec-Kit's commands and every check see no sections", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo DocumentAppendedToItself = new DiagnosticInfo(
            "SC2091", "Document appended to itself",
            "{0} starts over here with its own title '{1}' and repeats its sections: a second copy was appended or merged in", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo TemplateExampleVersion = new DiagnosticInfo(
            "SC2092", "Plan keeps the template's example constitution version",
            "{0} cites constitution v{1}, a version the constitution never reached (it is at {2}): the template's example footer was left in, so the plan records no version it was checked against", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo RepositoryConvention = new DiagnosticInfo(
            "SC2093", "A Spec-Kit step is skipped throughout the repository",
            "{0}: a convention of this repository, reported once instead of once per feature", Specs, FindingSeverity.Info, CompilerSurface.SpecFiles);

        // Nothing checked
        public static readonly DiagnosticInfo NothingChecked = new DiagnosticInfo(
            "SC2080", "Nothing was checked",
            "{0}", Specs, FindingSeverity.Warning);

        public static readonly DiagnosticInfo DependsOnInvalid = new DiagnosticInfo(
            "SC2086", "Depends On names an unknown system or is malformed",
            "Feature '{0}' depends on '{1}': {2}", Specs, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo FeatureOwnedByNoProject = new DiagnosticInfo(
            "SC2081", "Feature is owned by no project",
            "Feature '{0}' is owned by no project: its tasks.md and plan.md name no file under a project folder and no project claims it with SpecConstitutionFeature, so no manifest lists it and no deploy gate judges it", Specs, FindingSeverity.Info);

        public static readonly DiagnosticInfo SpecFileUnreadable = new DiagnosticInfo(
            "SC2099", "Spec-Kit file could not be read",
            "{0} could not be read: {1}", Specs, FindingSeverity.Warning);
    }
}
