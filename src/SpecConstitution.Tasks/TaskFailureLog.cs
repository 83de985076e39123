using System;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;

namespace SpecConstitution.Tasks
{
    /// <summary>How every task reports what it could not do: a refused write is designed and located (SC5004), anything else is a bug (SC5099).</summary>
    internal static class TaskFailureLog
    {
        public static void OutputNotWritten(TaskLoggingHelper log, OutputWriteException ex) =>
            FindingLogger.Log(log, DiagnosticCatalog.OutputNotWritten, ex.OutputPath, ex.OutputPath, ex.Message);

        public static void Unexpected(TaskLoggingHelper log, string taskName, string? at, Exception ex) =>
            FindingLogger.Log(log, DiagnosticCatalog.TaskFailed, at, taskName, ex.GetType().Name + ": " + ex.Message);
    }
}
