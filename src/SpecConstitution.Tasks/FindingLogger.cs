using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// The one path from a catalog entry to an MSBuild diagnostic: code, file, line, column, help link and the
    /// catalog's message. Every task reports through it, located findings and whole-file problems alike.
    /// </summary>
    internal static class FindingLogger
    {
        public const string Subcategory = "SpecConstitution";

        /// <summary>A problem of a whole file (or of the build, when <paramref name="file"/> is null), at the entry's default severity.</summary>
        public static void Log(TaskLoggingHelper log, DiagnosticInfo info, string? file, params object?[] arguments) =>
            Log(log, info, info.DefaultSeverity, file, arguments);

        /// <summary>A problem of a whole file at a severity the caller decides (a rule's, a cancelled deployment's).</summary>
        public static void Log(TaskLoggingHelper log, DiagnosticInfo info, FindingSeverity severity, string? file, params object?[] arguments) =>
            Log(log, new Finding(info, severity, file ?? string.Empty, WholeFile, arguments));

        public static void Log(TaskLoggingHelper log, Finding finding)
        {
            string? helpLink = DiagnosticCatalog.Find(finding.Id)?.HelpLink;
            string? file = finding.FilePath.Length == 0 ? null : finding.FilePath;
            var r = finding.Range;
            // A point (e.g. "the whole file") has no end: MSBuild then prints (line,col) rather than a range.
            int endLine = r.EndLine == r.Line && r.EndColumn <= r.Column ? 0 : r.EndLine;
            int endColumn = endLine == 0 ? 0 : r.EndColumn;
            switch (finding.Severity)
            {
                case FindingSeverity.Error:
                    log.LogError(Subcategory, finding.Id, null, helpLink, file, r.Line, r.Column, endLine, endColumn, finding.Message);
                    break;
                case FindingSeverity.Warning:
                    log.LogWarning(Subcategory, finding.Id, null, helpLink, file, r.Line, r.Column, endLine, endColumn, finding.Message);
                    break;
                case FindingSeverity.Info:
                    // MSBuild has no info level: a high-importance message keeps the location and code visible at normal verbosity.
                    log.LogMessage(Subcategory, finding.Id, null, file, r.Line, r.Column, endLine, endColumn, MessageImportance.High, finding.Message);
                    break;
            }
        }

        // Line and column 0: MSBuild prints the file alone.
        private static readonly TextRange WholeFile = new TextRange(0, 0, 0, 0);
    }
}
