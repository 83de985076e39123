using System;
using System.Globalization;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
namespace SpecConstitution.Tasks
{
    /// <summary>How every task reports what it could not do: a refused write is designed and located (SC5004), anything else is a bug (SC5099).</summary>
    internal static class TaskFailureLog
    {
        public static void OutputNotWritten(TaskLoggingHelper log, OutputWriteException ex)
        {
            DiagnosticInfo info = DiagnosticCatalog.OutputNotWritten;
            log.LogError(FindingLogger.Subcategory, info.Id, null, info.HelpLink, ex.OutputPath, 0, 0, 0, 0,
                string.Format(CultureInfo.InvariantCulture, info.MessageFormat, ex.OutputPath, ex.Message));
        }

        public static void Unexpected(TaskLoggingHelper log, string taskName, string? at, Exception ex) =>
            log.LogError(FindingLogger.Subcategory, "SC5099", null, null, at, 0, 0, 0, 0,
                $"{taskName} failed unexpectedly: {ex.GetType().Name}: {ex.Message}");
    }
}
