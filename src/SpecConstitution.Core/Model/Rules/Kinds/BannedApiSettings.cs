namespace SpecConstitution.Model.Rules.Kinds
{
    /// <summary>The settings of a <c>banned-api</c> rule (SC1010, SC3020, SC3021), each key declared here once.</summary>
    public static class BannedApiSettings
    {
        /// <summary>Documentation-comment IDs of the banned symbols; their ranges locate SC3020/SC3021.</summary>
        public const string SymbolsKey = "symbols";

        internal static readonly OptionSpec[] Options = { OptionSpec.List(SymbolsKey, required: true) };
    }
}
