using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpecConstitution.Reading.Tree
{
    /// <summary>
    /// Finds the Spec-Kit root a project belongs to: <c>SPECIFY_INIT_DIR</c> when set, else the nearest folder holding
    /// <c>.specify/</c>, else one holding the legacy root-level <c>memory/constitution.md</c>, else <c>.git</c>.
    /// </summary>
    public static class SpecKitRoot
    {
        public const string InitDirVariable = "SPECIFY_INIT_DIR";

        public static string? Find(string startDirectory) => Find(startDirectory, Environment.GetEnvironmentVariable);

        public static string? Find(string startDirectory, Func<string, string?> environment)
        {
            string? initDir = environment(InitDirVariable);
            if (!string.IsNullOrWhiteSpace(initDir) && Directory.Exists(initDir))
            {
                return Path.GetFullPath(initDir);
            }

            string? legacyRoot = null, gitRoot = null;
            for (DirectoryInfo? dir = new DirectoryInfo(startDirectory); dir != null; dir = dir.Parent)
            {
                if (IsSpecKitRoot(dir.FullName))
                {
                    return dir.FullName;
                }

                if (legacyRoot == null && IsLegacyRoot(dir.FullName))
                {
                    legacyRoot = dir.FullName;
                }

                if (gitRoot == null && IsGitRoot(dir.FullName))
                {
                    gitRoot = dir.FullName;
                }
            }

            return legacyRoot ?? gitRoot;
        }

        /// <summary>Every Spec-Kit root at or below a folder (a monorepo may hold several), nearest first in ordinal order.</summary>
        public static IReadOnlyList<string> FindAll(string repositoryRoot)
        {
            var roots = new List<string>();
            if (IsSpecKitRoot(repositoryRoot) || IsLegacyRoot(repositoryRoot))
            {
                roots.Add(Path.GetFullPath(repositoryRoot));
            }

            foreach (string file in RepositoryWalker.Files(repositoryRoot).Where(f => Path.GetFileName(f) == "constitution.md"))
            {
                string? memory = Path.GetDirectoryName(file);
                string? parent = memory == null ? null : Path.GetDirectoryName(memory);
                string? root = parent != null && Path.GetFileName(parent) == ".specify" ? Path.GetDirectoryName(parent) : null;
                if (root != null && !roots.Contains(root, StringComparer.Ordinal))
                {
                    roots.Add(root);
                }
            }

            return roots.OrderBy(r => r, StringComparer.Ordinal).ToArray();
        }

        /// <summary>The git repository holding a Spec-Kit root (task paths are relative to it), else the root itself.</summary>
        public static string RepositoryRoot(string specKitRoot)
        {
            for (DirectoryInfo? dir = new DirectoryInfo(specKitRoot); dir != null; dir = dir.Parent)
            {
                if (IsGitRoot(dir.FullName))
                {
                    return dir.FullName;
                }
            }

            return Path.GetFullPath(specKitRoot);
        }

        public static bool IsSpecKitRoot(string directory) => Directory.Exists(Path.Combine(directory, ".specify"));

        public static bool IsLegacyRoot(string directory) =>
            File.Exists(Path.Combine(directory, "memory", "constitution.md")) && Directory.Exists(Path.Combine(directory, "specs"));

        private static bool IsGitRoot(string directory) =>
            Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git"));
    }
}
