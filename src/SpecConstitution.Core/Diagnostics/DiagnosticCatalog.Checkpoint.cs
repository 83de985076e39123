namespace SpecConstitution.Diagnostics
{
    /// <summary>The endpoint inventory (SC1090) and the human checkpoint before a deployment (SC5020, SC5021).</summary>
    public static partial class DiagnosticCatalog
    {
        /// <summary>
        /// Not a finding: the carrier of one inventory entry from the compiler to the manifest task (through the
        /// compiler's SARIF log). Reported only when the build asks for the inventory; never counted as a finding.
        /// </summary>
        public static readonly DiagnosticInfo EndpointInventoryEntry = new DiagnosticInfo(
            "SC1090", "Endpoint inventory entry",
            // {0} methods and route ("GET /api/x"), {1} authorize|anonymous|none, {2} policy name|disabled|global|none.
            "Endpoint '{0}': authorization {1}, rate limiting {2}", Endpoints, FindingSeverity.Info, CompilerSurface.Code);

        public static readonly DiagnosticInfo DeployNeedsApproval = new DiagnosticInfo(
            "SC5020", "Deployment needs a person's approval",
            // {0} count, {1} each change (kind 'subject' (detail)), {2} the preview's deployment and URL, {3} the manifest's sha256.
            "Deployment not queued: {0} change(s) need a person's approval: {1}. A preview was requested from DeployHQ{2}. To approve exactly this manifest, deploy again with -p:SpecConstitutionApproval={3}", Deployment, FindingSeverity.Error);

        public static readonly DiagnosticInfo BlastRadiusUnknown = new DiagnosticInfo(
            "SC5021", "The blast radius is unknown",
            "The blast radius against what is live is unknown: {0}", Deployment, FindingSeverity.Warning);
    }
}
