namespace SpecConstitution.Analyzers
{
    /// <summary>The keys of Diagnostic.Properties the analyzers set and the code fixes read, declared once.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>The id of the rules-file rule a diagnostic enforces.</summary>
        public const string RuleId = "RuleId";
    }
}
