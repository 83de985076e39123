namespace SpecConstitution.Diagnostics
{
    /// <summary>Constitution and rules-file problems: SC3xxx.</summary>
    public static partial class DiagnosticCatalog
    {
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
    }
}
