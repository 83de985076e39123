namespace SpecConstitution.SpecKit
{
    /// <summary>A folder under specs/ (<c>001-slug</c> or <c>20250101-120000-slug</c>) and the documents it holds.</summary>
    public sealed class FeatureFolder
    {
        public FeatureFolder(string name, string path, string? specPath, string? planPath, string? tasksPath)
        {
            Name = name;
            Path = path;
            SpecPath = specPath;
            PlanPath = planPath;
            TasksPath = tasksPath;
        }

        public string Name { get; }

        public string Path { get; }

        /// <summary>Paths of the files that exist (readable or not); null when absent.</summary>
        public string? SpecPath { get; }

        public string? PlanPath { get; }

        public string? TasksPath { get; }

        public SpecDocument? Spec { get; internal set; }

        public PlanDocument? Plan { get; internal set; }

        public TasksDocument? Tasks { get; internal set; }
    }
}
