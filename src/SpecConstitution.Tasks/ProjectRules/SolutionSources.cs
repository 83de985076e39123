using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Files;

namespace SpecConstitution.Tasks.ProjectRules
{
    /// <summary>
    /// The projects of the solution being built (from the .sln or .slnx; without one, every project under the
    /// Spec-Kit root) and their C# files, so the deployable project sees the citations of its test projects too.
    /// </summary>
    internal static class SolutionSources
    {
        private static readonly Regex SlnProject = new Regex(@"^Project\(""[^""]*""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        private static readonly Regex SlnxProject = new Regex(@"<Project\s+Path=""(?<path>[^""]+\.csproj)""", RegexOptions.CultureInvariant);

        public static IReadOnlyList<string> Projects(string? solutionPath, string projectFile, string root)
        {
            var projects = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { Path.GetFullPath(projectFile) };
            if (!string.IsNullOrWhiteSpace(solutionPath) && File.Exists(solutionPath))
            {
                string text = File.ReadAllText(solutionPath);
                Regex pattern = solutionPath!.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) ? SlnxProject : SlnProject;
                string directory = Path.GetDirectoryName(Path.GetFullPath(solutionPath))!;
                foreach (Match match in pattern.Matches(text))
                {
                    string path = Path.GetFullPath(Path.Combine(directory, match.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar)));
                    if (File.Exists(path))
                    {
                        projects.Add(path);
                    }
                }
            }
            else if (Directory.Exists(root))
            {
                foreach (string path in Files(root, "*.csproj"))
                {
                    projects.Add(path);
                }
            }

            return projects.ToArray();
        }

        /// <summary>A test project by the conventions of the SDK and the test frameworks.</summary>
        public static bool IsTestProject(string projectFile)
        {
            string text = File.ReadAllText(projectFile);
            return Regex.IsMatch(text, @"<IsTestProject>\s*true\s*</IsTestProject>|Include=""(?:Microsoft\.NET\.Test\.Sdk|xunit(?:\.v3)?|NUnit|MSTest(?:\.TestFramework)?)""",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        /// <summary>The C# files of a project folder, without bin/ and obj/.</summary>
        public static IEnumerable<string> CSharpFiles(string projectFile) => Files(Path.GetDirectoryName(projectFile)!, "*.cs");

        /// <summary>
        /// Regular files only (a FIFO named *.cs would block the read), and links to folders are not followed: two
        /// links into each other, or one to the repository root, would make the walk endless. One listing per folder,
        /// whose entries carry their type and link attribute: at 1,000 features the ownership walk visits every feature
        /// folder, and two listings plus a stat per child there were most of its cost.
        /// </summary>
        private static IEnumerable<string> Files(string directory, string pattern)
        {
            string suffix = pattern.TrimStart('*');
            var pending = new Stack<string>();
            pending.Push(directory);
            while (pending.Count > 0)
            {
                string current = pending.Pop();
                FileSystemInfo[] entries;
                try
                {
                    entries = new DirectoryInfo(current).GetFileSystemInfos();
                }
                catch (Exception ex) when (FileProbe.IsIoFailure(ex))
                {
                    continue; // a folder the build cannot list holds nothing it can cite
                }

                var children = new List<string>();
                foreach (FileSystemInfo entry in entries)
                {
                    if (entry is DirectoryInfo)
                    {
                        string name = entry.Name;
                        if (!name.Equals("bin", StringComparison.OrdinalIgnoreCase) && !name.Equals("obj", StringComparison.OrdinalIgnoreCase) && !name.StartsWith(".", StringComparison.Ordinal) &&
                            !name.Equals("node_modules", StringComparison.OrdinalIgnoreCase) && !IsLink(entry))
                        {
                            children.Add(entry.FullName);
                        }
                    }
                    else if (entry.Name.EndsWith(suffix, NameComparison) && FileProbe.KindOf(entry.FullName) == FileKind.Regular)
                    {
                        yield return Path.GetFullPath(entry.FullName);
                    }
                }

                // Pushed in the order the listing gave them, as before: the walk's order is unchanged.
                foreach (string child in children)
                {
                    pending.Push(child);
                }
            }
        }

        // Directory.GetFiles' pattern matched names case-sensitively except on Windows; so does the suffix.
        private static readonly StringComparison NameComparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        private static bool IsLink(FileSystemInfo entry)
        {
            try
            {
                return (entry.Attributes & FileAttributes.ReparsePoint) != 0;
            }
            catch (Exception ex) when (FileProbe.IsIoFailure(ex))
            {
                return false;
            }
        }
    }
}
