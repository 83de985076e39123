using System;
using System.IO;
using System.Text;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.Summary;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Writes spec-summary.md beside a manifest and, in GitHub Actions, appends it to $GITHUB_STEP_SUMMARY, unless
    /// that file would then pass GitHub's 1 MiB limit for a step summary.
    /// </summary>
    internal static class SpecSummaryFile
    {
        public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";
        public const long StepSummaryLimit = 1024 * 1024;

        /// <returns>The summary's path, and a note when the step summary was left alone.</returns>
        public static string Write(string manifestPath, JsonNode manifest, Func<string, string?> environment, out string? stepSummaryNote) =>
            Write(manifestPath, manifest, environment, appendToStepSummary: true, out stepSummaryNote);

        /// <summary>
        /// After the deploy step amended the manifest (pipeline fit, proven success criteria), the summary beside it is
        /// written again so that its approval line names the manifest as it will be deployed.
        /// </summary>
        public static void Refresh(string manifestPath, JsonNode manifest, Func<string, string?> environment, bool appendToStepSummary)
        {
            string path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, SpecSummaryWriter.FileName);
            if (File.Exists(path))
            {
                Write(manifestPath, manifest, environment, appendToStepSummary, out _);
            }
        }

        private static string Write(string manifestPath, JsonNode manifest, Func<string, string?> environment, bool appendToStepSummary, out string? stepSummaryNote)
        {
            string digest = DigestOf(manifestPath);
            string summary = SpecSummaryWriter.Write(manifest, digest, Path.GetFileName(manifestPath));
            string path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, SpecSummaryWriter.FileName);
            AtomicFile.WriteAllText(path, summary);
            stepSummaryNote = null;
            string? stepSummary = environment(StepSummaryVariable);
            if (appendToStepSummary && !string.IsNullOrWhiteSpace(stepSummary))
            {
                long existing = File.Exists(stepSummary) ? new FileInfo(stepSummary).Length : 0;
                byte[] bytes = Encoding.UTF8.GetBytes(summary + "\n");
                if (existing + bytes.Length > StepSummaryLimit)
                {
                    stepSummaryNote = $"not appended to ${StepSummaryVariable}: it would pass GitHub's 1 MiB limit ({existing} bytes already there)";
                }
                else
                {
                    using var stream = new FileStream(stepSummary, FileMode.Append, FileAccess.Write, FileShare.Read);
                    stream.Write(bytes, 0, bytes.Length);
                }
            }

            return path;
        }

        /// <summary>The sha256 of the manifest's bytes: what -p:SpecConstitutionApproval names.</summary>
        public static string DigestOf(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var sha = System.Security.Cryptography.SHA256.Create();
            return string.Concat(Array.ConvertAll(sha.ComputeHash(stream), b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
