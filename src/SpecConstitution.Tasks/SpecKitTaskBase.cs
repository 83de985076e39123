using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SpecConstitution.Checks.Ownership;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Rules;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Tasks.Snapshot;

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

        /// <summary>The Spec-Kit tree, parsed once per build in this node and shared by every task (see BuildScoped).</summary>
        protected SpecKitTree LoadTree(string root)
        {
            string? constitution = NullIfEmpty(ConstitutionFile), specs = NullIfEmpty(SpecsDirectory);
            return BuildScoped.GetOrCompute(BuildEngine, TreeKey(root), () => SpecKitTreeLoader.Load(root, constitution, specs));
        }

        /// <summary>The rules file, parsed once per build in this node (deploy gates included), or null when there is none.</summary>
        protected RulesFile? LoadRules(string root)
        {
            string path = NullIfEmpty(RulesFile) ?? Path.Combine(root, ".specify", "memory", "constitution.rules.yml");
            return BuildScoped.GetOrCompute(BuildEngine, path, () => ParseRules(path));
        }

        /// <summary>Who owns which feature, inferred once per build in this node for each project and its claims.</summary>
        protected FeatureOwnership InferOwnership(SpecKitTree tree, string projectFile, string? claims, bool isTest, string? solutionPath)
        {
            string[] claimed = ValidateSpecs.SplitClaims(claims).ToArray();
            string key = TreeKey(tree.RootPath) + "|" + projectFile + "|" + string.Join(";", claimed) + "|" + isTest + "|" + solutionPath;
            return BuildScoped.GetOrCompute(BuildEngine, key, () => ProjectOwnership.Infer(tree, projectFile, claimed, isTest, solutionPath));
        }

        private string TreeKey(string root) => Path.GetFullPath(root) + "|" + NullIfEmpty(ConstitutionFile) + "|" + NullIfEmpty(SpecsDirectory);

        private RulesFile? ParseRules(string path)
        {
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
