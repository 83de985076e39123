using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>A folder under specs/ (<c>001-slug</c> or <c>20250101-120000-slug</c>) and the documents it holds.</summary>
    public sealed class FeatureFolder
    {
        private static readonly Regex Prefix = new Regex(@"^(?<n>\d{8}-\d{6}|\d{3,})-", RegexOptions.CultureInvariant);

        public FeatureFolder(string name, string path, string? specPath, string? planPath, string? tasksPath)
        {
            Name = name;
            Path = path;
            SpecPath = specPath;
            PlanPath = planPath;
            TasksPath = tasksPath;
            Match match = Prefix.Match(name);
            NumberPrefix = match.Success ? match.Groups["n"].Value : name;
        }

        /// <summary>Whether a folder name is a Spec-Kit feature folder: <c>NNN-slug</c> or <c>YYYYMMDD-HHMMSS-slug</c>.</summary>
        public static bool IsFeatureFolderName(string name) => Prefix.IsMatch(name) && name.Length > Prefix.Match(name).Length;

        public string Name { get; }

        public string Path { get; }

        /// <summary>"003" for 003-auth, "20250101-120000" for the timestamp form: what Spec-Kit's scripts match branches by.</summary>
        public string NumberPrefix { get; }

        /// <summary>Paths of the files that exist (readable or not); null when absent.</summary>
        public string? SpecPath { get; }

        public string? PlanPath { get; }

        public string? TasksPath { get; }

        public SpecDocument? Spec { get; internal set; }

        public PlanDocument? Plan { get; internal set; }

        public TasksDocument? Tasks { get; internal set; }

        public IReadOnlyList<ChecklistDocument> Checklists { get; internal set; } = System.Array.Empty<ChecklistDocument>();

        /// <summary>Legacy when its spec or plan follows the 2025 templates: checks for the current sections do not apply.</summary>
        public bool IsLegacy => Spec?.Format == DocumentFormat.Legacy || (Spec == null && Plan?.Format == DocumentFormat.Legacy);
    }
}
