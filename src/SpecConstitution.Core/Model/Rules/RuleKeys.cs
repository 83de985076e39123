namespace SpecConstitution.Model.Rules
{
    /// <summary>The keys every rule of constitution.rules.yml may have, whatever its kind. Public contract.</summary>
    public static class RuleKeys
    {
        public const string Id = "id";
        public const string Kind = "kind";
        public const string Severity = "severity";
        public const string Principle = "principle";
        public const string Description = "description";
        public const string Message = "message";
    }
}
