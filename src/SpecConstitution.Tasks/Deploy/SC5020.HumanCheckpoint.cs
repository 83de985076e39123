using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.BlastRadius;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// The human checkpoint (issue 22): a manifest whose blast radius holds a change of a checkpoint kind deploys only
    /// with -p:SpecConstitutionApproval=&lt;sha256 of exactly that manifest&gt;. The decision is read from the manifest
    /// alone (blastRadius.changes[].checkpoint, written by WriteDeployManifest from the rules file), so the digest a
    /// reviewer approves covers the rules, the live commit and every change.
    /// </summary>
    internal sealed class HumanCheckpoint
    {
        private HumanCheckpoint(IReadOnlyList<BlastRadiusChange> needingPerson, string manifestSha256, string? approval)
        {
            NeedingPerson = needingPerson;
            ManifestSha256 = manifestSha256;
            Approval = approval;
        }

        public IReadOnlyList<BlastRadiusChange> NeedingPerson { get; }

        public string ManifestSha256 { get; }

        /// <summary>The approval given (normalized), or null.</summary>
        public string? Approval { get; }

        public bool IsApproved => Approval != null && string.Equals(Approval, ManifestSha256, StringComparison.OrdinalIgnoreCase);

        /// <summary>A person must approve and has not approved this manifest: preview only, queue nothing.</summary>
        public bool Blocks => NeedingPerson.Count > 0 && !IsApproved;

        /// <summary>An approval was given, but for another manifest (an earlier build, a later change).</summary>
        public bool ApprovalIsStale => Approval != null && !IsApproved;

        public static HumanCheckpoint Decide(JsonNode manifest, string manifestSha256, string? approval)
        {
            BlastRadiusReport? radius = BlastRadiusReport.FromManifest(manifest);
            return new HumanCheckpoint(radius?.NeedingPerson ?? Array.Empty<BlastRadiusChange>(), manifestSha256, Normalize(approval));
        }

        /// <summary>Each change in one line: kind, what it concerns, and the detail a reviewer needs.</summary>
        public string DescribeChanges() => string.Join("; ", NeedingPerson.Select(c => c.Kind + " '" + c.Subject + "'" + (c.Detail.Length > 0 ? " (" + c.Detail + ")" : string.Empty)));

        /// <summary>"sha256:abc…" and surrounding spaces are accepted; anything empty is no approval.</summary>
        private static string? Normalize(string? approval)
        {
            string? value = approval?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            return value!.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? value.Substring("sha256:".Length).Trim() : value;
        }
    }
}
