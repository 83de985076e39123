using System;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Rules;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Reading.Tree;
namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Shared inputs of the tasks that read a Spec-Kit tree. Execute never lets an exception escape as MSB4018:
    /// an unexpected failure becomes SC5099 with the reason.
    /// </summary>
    public abstract class SpecKitTaskBase : Task
    {
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>The Spec-Kit root; found by walking up from the project when empty.</summary>
        public string? SpecKitRoot { get; set; }

        public string? ConstitutionFile { get; set; }

        public string? RulesFile { get; set; }

        public string? SpecsDirectory { get; set; }

        public sealed override bool Execute()
        {
            try
            {
                ExecuteCore();
            }
            catch (OutputWriteException ex)
            {
                // Designed, located: the file and why the file system refused it, not "failed unexpectedly".
                TaskFailureLog.OutputNotWritten(Log, ex);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
            {
                TaskFailureLog.Unexpected(Log, GetType().Name, ProjectDirectory, ex);
            }

            // What a build re-reads shows here (-v:detailed); the build tests read it back.
            Log.LogMessage(MessageImportance.Low, "SpecConstitution: after {0}, reads in this process: {1}", GetType().Name, SpecConstitution.Reading.ReadCounts.Describe());

            return !Log.HasLoggedErrors;
        }

        protected abstract void ExecuteCore();

        protected string? ResolveRoot() =>
            !string.IsNullOrWhiteSpace(SpecKitRoot) ? Path.GetFullPath(SpecKitRoot) : SpecConstitution.Reading.Tree.SpecKitRoot.Find(ProjectDirectory);

        protected SpecKitTree LoadTree(string root) =>
            SpecKitTreeLoader.Load(root, NullIfEmpty(ConstitutionFile), NullIfEmpty(SpecsDirectory));

        /// <summary>The rules file, parsed, or null when there is none.</summary>
        protected RulesFile? LoadRules(string root)
        {
            string path = NullIfEmpty(RulesFile) ?? Path.Combine(root, ".specify", "memory", "constitution.rules.yml");
            if (!File.Exists(path))
            {
                return null;
            }

            // Opened only when it is a regular file (a FIFO there would block the build); a rules file that cannot be
            // read is reported once, as SC2099, by the target that vets the AdditionalFiles (SpecConstitutionVetInputs).
            if (!SpecFileReader.TryRead(path, out SourceFile? file, out string problem))
            {
                Log.LogMessage(MessageImportance.Low, "SpecConstitution: the rules file {0} is not read: {1}", path, problem);
                return null;
            }

            // Its problems are the analyzer's to report (IDE and build alike); here it only configures the checks.
            return RulesFileParser.Parse(path, file!.Text);
        }

        protected static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : Path.GetFullPath(value);
    }
}
