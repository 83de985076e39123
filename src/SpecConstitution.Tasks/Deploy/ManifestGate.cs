using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.Gates;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// How a deploy-time check adds its gate to the deploy manifest the build wrote: read, amended with the gate and its
    /// evidence, written back atomically. No readable manifest, or one that cannot take the gate, is refused (SC5003).
    /// </summary>
    internal static class ManifestGate
    {
        /// <summary>True when the manifest at <paramref name="manifestPath"/> now carries the gate; false when refused (logged).</summary>
        public static bool TryAdd(TaskLoggingHelper log, string manifestPath, GateCheck check, string evidenceKey, JsonNode evidence)
        {
            if (!FileProbe.TryOpenRegular(manifestPath, out FileStream? stream, out string unreadable))
            {
                Refuse(log, manifestPath, $"there is no readable deploy manifest at {Path.GetFullPath(manifestPath)} ({unreadable}); build (or publish) first");
                return false;
            }

            string text;
            using (var reader = new StreamReader(stream!))
            {
                text = reader.ReadToEnd();
            }

            string? amended = ManifestAmendment.AddGate(text, check, evidenceKey, evidence, out string? problem);
            if (amended == null)
            {
                Refuse(log, manifestPath, $"{Path.GetFullPath(manifestPath)} cannot be deployed: {problem}");
                return false;
            }

            AtomicFile.WriteAllText(manifestPath, amended);
            return true;
        }

        /// <summary>The gate's outcome, as the deploy steps say it.</summary>
        public static void LogOutcome(TaskLoggingHelper log, GateCheck check) =>
            log.LogMessage(MessageImportance.High, "SpecConstitution: deploy gate '{0}' {1}: {2}", check.Id, !check.Enabled ? "off" : check.Passed ? "passed" : "FAILED", check.Reason);

        /// <summary>A deploy step that cannot go on: SC5003 at the manifest.</summary>
        public static void Refuse(TaskLoggingHelper log, string manifestPath, string reason) =>
            FindingLogger.Log(log, DiagnosticCatalog.DeployConfigurationInvalid, manifestPath, reason);
    }
}
