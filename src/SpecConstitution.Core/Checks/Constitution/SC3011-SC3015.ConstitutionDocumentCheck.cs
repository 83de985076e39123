using System;
using System.Globalization;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Constitution
{
    /// <summary>constitution.md on its own: the version line, SemVer, dates, the Sync Impact Report, template tokens (SC3011–SC3015).</summary>
    internal static class ConstitutionDocumentCheck
    {
        public static void Run(ConstitutionDocument constitution, CheckContext context)
        {
            string path = constitution.File.Path;
            if (string.IsNullOrWhiteSpace(constitution.File.Text))
            {
                return;
            }

            if (constitution.Version == null)
            {
                string message = constitution.MalformedVersionLine != null
                    ? "The version line does not follow '**Version**: X.Y.Z | **Ratified**: YYYY-MM-DD | **Last Amended**: YYYY-MM-DD'"
                    : "constitution.md has no '**Version**: X.Y.Z | **Ratified**: YYYY-MM-DD | **Last Amended**: YYYY-MM-DD' line";
                context.Report(DiagnosticCatalog.ConstitutionVersionLineMalformed, path, constitution.MalformedVersionLine ?? TextRange.StartOfFile, message);
            }
            else if (!IsPlaceholder(constitution.Version) && !SemVer.IsValid(constitution.Version.TrimStart('v')))
            {
                context.Report(DiagnosticCatalog.ConstitutionVersionNotSemVer, path, constitution.VersionRange, constitution.Version);
            }

            if (TryDate(constitution.Ratified, out DateTime ratified) && TryDate(constitution.LastAmended, out DateTime amended) && amended < ratified)
            {
                context.Report(DiagnosticCatalog.ConstitutionAmendedBeforeRatified, path, constitution.LastAmendedRange, constitution.LastAmended!, constitution.Ratified!);
            }

            if (constitution.SyncImpactVersion != null && constitution.Version != null && !IsPlaceholder(constitution.Version) &&
                !string.Equals(constitution.SyncImpactVersion, constitution.Version.TrimStart('v'), StringComparison.Ordinal))
            {
                context.Report(DiagnosticCatalog.SyncImpactVersionDiffers, path, constitution.SyncImpactVersionRange, constitution.SyncImpactVersion, constitution.Version);
            }

            foreach (Placeholder placeholder in constitution.Placeholders)
            {
                context.Report(DiagnosticCatalog.ConstitutionPlaceholderLeft, path, placeholder.Range, placeholder.Token);
            }
        }

        // "[CONSTITUTION_VERSION]" is SC3015's to report, not a malformed version.
        private static bool IsPlaceholder(string value) => value.StartsWith("[", StringComparison.Ordinal) || value.StartsWith("TODO(", StringComparison.Ordinal);

        private static bool TryDate(string? text, out DateTime date) =>
            DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
