namespace SpecConstitution.Diagnostics
{
    /// <summary>Constitution and rules-file problems: SC3xxx.</summary>
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticInfo RulesFileSyntaxError = new DiagnosticInfo(
            "SC3001", "Rules file is not valid YAML",
            "The rules file is not valid YAML: {0}", Constitution, FindingSeverity.Error, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo RulesFileUnknownKey = new DiagnosticInfo(
            "SC3002", "Unknown key in rules file",
            "Unknown key '{0}' in {1}; expected one of: {2}", Constitution, FindingSeverity.Warning, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo RulesFileUnknownKind = new DiagnosticInfo(
            "SC3003", "Unknown rule kind",
            "Rule '{0}' has unknown kind '{1}'; known kinds: {2}", Constitution, FindingSeverity.Error, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo RulesFileInvalidValue = new DiagnosticInfo(
            "SC3004", "Invalid value in rules file",
            "{0}", Constitution, FindingSeverity.Error, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo RulesFileDuplicateId = new DiagnosticInfo(
            "SC3005", "Duplicate rule id",
            "Rule id '{0}' is already used at line {1}", Constitution, FindingSeverity.Error, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo RulesFileMissingKey = new DiagnosticInfo(
            "SC3006", "Required key missing in rules file",
            "{0} is missing the required key '{1}'", Constitution, FindingSeverity.Error, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo PrincipleNotInConstitution = new DiagnosticInfo(
            "SC3007", "Rule names a principle the constitution does not have",
            "Rule '{0}' names principle '{1}', which is not a heading of constitution.md", Constitution, FindingSeverity.Warning, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo ConstitutionVersionDrift = new DiagnosticInfo(
            "SC3010", "Rules file and constitution versions differ",
            "The rules file says constitution-version {0} but constitution.md says {1}", Constitution, FindingSeverity.Warning, CompilerSurface.RulesFile);

        public static readonly DiagnosticInfo ConstitutionVersionLineMalformed = new DiagnosticInfo(
            "SC3011", "Constitution version line missing or malformed",
            "{0}", Constitution, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo ConstitutionVersionNotSemVer = new DiagnosticInfo(
            "SC3012", "Constitution version is not SemVer",
            "Constitution version '{0}' is not MAJOR.MINOR.PATCH", Constitution, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo ConstitutionAmendedBeforeRatified = new DiagnosticInfo(
            "SC3013", "Constitution amended before it was ratified",
            "Last Amended {0} is before Ratified {1}", Constitution, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo SyncImpactVersionDiffers = new DiagnosticInfo(
            "SC3014", "Sync Impact Report and version line disagree",
            "The Sync Impact Report says the version changed to {0} but the version line says {1}", Constitution, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo ConstitutionPlaceholderLeft = new DiagnosticInfo(
            "SC3015", "Template placeholder left in the constitution",
            "Template placeholder '{0}' left in constitution.md", Constitution, FindingSeverity.Warning, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo PrincipleNotEnforced = new DiagnosticInfo(
            "SC3016", "Principle not enforced by any rule",
            "Principle '{0}' is enforced by no rule in the rules file: only review upholds it", Constitution, FindingSeverity.Info, CompilerSurface.SpecFiles);

        public static readonly DiagnosticInfo BannedApiMalformedSymbolId = new DiagnosticInfo(
            "SC3020", "Banned symbol ID is malformed",
            "'{0}' in rule '{1}' is not a documentation-comment ID: {2}", Constitution, FindingSeverity.Warning, CompilerSurface.Code);

        public static readonly DiagnosticInfo BannedApiUnresolvedSymbolId = new DiagnosticInfo(
            "SC3021", "Banned symbol ID names nothing",
            "'{0}' in rule '{1}' names no symbol, although '{2}' exists: check the spelling and the parameter types", Constitution, FindingSeverity.Warning, CompilerSurface.Code);
    }
}
