using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Tasks
{
    /// <summary>Reports Core findings as MSBuild diagnostics with code, file, line, column and help link.</summary>
    internal static class FindingLogger
    {
        public const string Subcategory = "SpecConstitution";

        public static void Log(TaskLoggingHelper log, Finding finding)
        {
            string? helpLink = DiagnosticCatalog.Find(finding.Id)?.HelpLink;
            var r = finding.Range;
            // A point (e.g. "the whole file") has no end: MSBuild then prints (line,col) rather than a range.
            int endLine = r.EndLine == r.Line && r.EndColumn <= r.Column ? 0 : r.EndLine;
            int endColumn = endLine == 0 ? 0 : r.EndColumn;
            switch (finding.Severity)
            {
                case FindingSeverity.Error:
                    log.LogError(Subcategory, finding.Id, null, helpLink, finding.FilePath, r.Line, r.Column, endLine, endColumn, finding.Message);
                    break;
                case FindingSeverity.Warning:
                    log.LogWarning(Subcategory, finding.Id, null, helpLink, finding.FilePath, r.Line, r.Column, endLine, endColumn, finding.Message);
                    break;
                case FindingSeverity.Info:
                    // MSBuild has no info level: a high-importance message keeps the location and code visible at normal verbosity.
                    log.LogMessage(Subcategory, finding.Id, null, finding.FilePath, r.Line, r.Column, endLine, endColumn, MessageImportance.High, finding.Message);
                    break;
            }
        }
    }
}
