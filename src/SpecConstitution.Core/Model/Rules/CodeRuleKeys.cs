
namespace SpecConstitution.Model.Rules{
    /// <summary>The option keys of the code and project rule kinds, as users write them. Public contract.</summary>
    public static class CodeRuleKeys
    {
        public const string Symbols = "symbols";
        public const string From = "from";
        public const string MustNotReference = "must-not-reference";
        public const string Allowed = "allowed";
        public const string Packages = "packages";
        public const string Require = "require";
    }
}
