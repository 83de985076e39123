
namespace SpecConstitution.Reports.Manifest
{
    /// <summary>
    /// The SLSA-shaped build part of the predicate: what was built (externalParameters), by what (builder), and the
    /// only non-deterministic facts (run URL, finish time), which go to runDetails.metadata and only when present.
    /// </summary>
    public sealed class BuildParameters
    {
        public BuildParameters(string? project = null, string? configuration = null, string? targetFramework = null, string stage = "build",
            string? builderVersion = null, string? finishedOn = null)
        {
            Project = project;
            Configuration = configuration;
            TargetFramework = targetFramework;
            Stage = stage;
            BuilderVersion = builderVersion;
            FinishedOn = finishedOn;
        }

        public static BuildParameters None { get; } = new BuildParameters();

        /// <summary>The project file, relative to the repository root.</summary>
        public string? Project { get; }

        public string? Configuration { get; }

        public string? TargetFramework { get; }

        /// <summary>"build" or "publish": which output the subjects are.</summary>
        public string Stage { get; }

        public string? BuilderVersion { get; }

        /// <summary>An RFC 3339 UTC time, only when the user asked for timestamps.</summary>
        public string? FinishedOn { get; }
    }
}
