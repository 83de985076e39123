using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// The package's AdditionalFiles (constitution, rules file, cited spec.md) were added on Exists() alone: a folder
    /// there failed csc with CS1504, NUL bytes or invalid UTF-8 with CS2015, a FIFO blocked it, and a newline in a
    /// feature folder's name broke its response file. This task lists the candidates the compiler must not get, so the
    /// package reports them itself (SC2099) and the compiler never sees them.
    /// </summary>
    public sealed class VetAdditionalFiles : Task
    {
        [Required]
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The rules file: no other check reads it in a build, so its rejection is a warning here.</summary>
        public string? RulesFile { get; set; }

        /// <summary>Where the rejected paths are written, one per line (what the next no-op build reads back).</summary>
        [Required]
        public string RejectedListFile { get; set; } = string.Empty;

        [Output]
        public ITaskItem[] Rejected { get; set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            try
            {
                var rejected = new List<ITaskItem>();
                string? rules = string.IsNullOrWhiteSpace(RulesFile) ? null : Path.GetFullPath(RulesFile);
                foreach (ITaskItem item in Files)
                {
                    string? problem = ProblemWith(item.ItemSpec, out bool nameProblem);
                    if (problem == null)
                    {
                        continue;
                    }

                    rejected.Add(item);
                    string full = SafeFullPath(item.ItemSpec);
                    // The spec-chain check reads the constitution and the specs itself and reports them as SC2099;
                    // a bad name or the rules file would go unreported, so those are warned about here.
                    if (nameProblem || string.Equals(full, rules, StringComparison.Ordinal))
                    {
                        DiagnosticInfo info = DiagnosticCatalog.SpecFileUnreadable;
                        FindingLogger.Log(Log, info, nameProblem ? Printable(item.ItemSpec) : item.ItemSpec,
                            Printable(Path.GetFileName(item.ItemSpec)), problem + "; the compiler is not given it");
                    }
                    else
                    {
                        Log.LogMessage(MessageImportance.Normal, "SpecConstitution: {0} is not given to the compiler: {1}", Printable(item.ItemSpec), problem);
                    }
                }

                Rejected = rejected.ToArray();
                // One path per line: a path with a line break cannot be a line; the targets remove those by name instead.
                AtomicFile.WriteAllText(RejectedListFile, string.Concat(rejected.Where(r => !HasUnsafeCharacter(r.ItemSpec)).Select(r => r.ItemSpec + "\n")));
            }
            catch (OutputWriteException ex)
            {
                // Designed, located: the file and why the file system refused it, not "failed unexpectedly".
                TaskFailureLog.OutputNotWritten(Log, ex);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
            {
                TaskFailureLog.Unexpected(Log, GetType().Name, RejectedListFile, ex);
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary>Why the compiler must not get this file, or null when it may.</summary>
        internal static string? ProblemWith(string path, out bool nameProblem)
        {
            nameProblem = HasUnsafeCharacter(path);
            if (nameProblem)
            {
                return "its path contains a line break, a control character or a double quote, which the compiler's command line cannot carry";
            }

            // The same reader the spec-chain check uses: regular file, readable, at most 4 MB, no NUL, strict UTF-8.
            return SpecFileReader.TryRead(path, out SourceFile? _, out string error) ? null : error;
        }

        /// <summary>What the compiler's response file cannot carry (the targets test the same set with a regular expression).</summary>
        private static bool HasUnsafeCharacter(string path) => path.Any(c => c < ' ' || c == '"' || c == '\u007f');

        private static string SafeFullPath(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return path;
            }
        }

        /// <summary>The path with control characters shown as escapes, so one diagnostic stays one line.</summary>
        private static string Printable(string path) =>
            string.Concat(path.Select(c => c < ' ' || c == '\u007f' ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : c.ToString()));
    }
}
