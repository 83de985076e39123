namespace SpecConstitution.Reports.Gates
{
    /// <summary>One gate's verdict and the reason a person reads when it blocks a deployment.</summary>
    public sealed class GateCheck
    {
        public GateCheck(string id, bool enabled, bool passed, string reason)
        {
            Id = id;
            Enabled = enabled;
            Passed = passed;
            Reason = reason;
        }

        public string Id { get; }

        /// <summary>False when <c>deploy-gates:</c> turned it off; a disabled gate always passes.</summary>
        public bool Enabled { get; }

        public bool Passed { get; }

        public string Reason { get; }
    }
}
