using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reading.Projects
{
    /// <summary>A target framework of the evaluated project and the project-file line that sets it.</summary>
    public sealed class ProjectTargetFramework
    {
        public ProjectTargetFramework(string moniker, string file, TextRange range)
        {
            Moniker = moniker;
            File = file;
            Range = range;
        }

        public string Moniker { get; }

        public string File { get; }

        public TextRange Range { get; }
    }

    /// <summary>A PackageReference of the evaluated project, where it is written, and where its version lives under central package management.</summary>
    public sealed class ProjectPackage
    {
        public ProjectPackage(string id, string? version, string file, TextRange range, string? versionFile, TextRange versionRange)
        {
            Id = id;
            Version = version;
            File = file;
            Range = range;
            VersionFile = versionFile;
            VersionRange = versionRange;
        }

        public string Id { get; }

        public string? Version { get; }

        public string File { get; }

        public TextRange Range { get; }

        /// <summary>The Directory.Packages.props (or other file) holding the PackageVersion, or null without central package management.</summary>
        public string? VersionFile { get; }

        public TextRange VersionRange { get; }
    }
}
