using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpecConstitution.Reading.Tree
{
    /// <summary>
    /// The one file walker every check uses, with the one ignore list: build output, VCS data, package caches and
    /// git worktrees are never the repository's content. Deterministic: ordinal order, symlinked folders not followed.
    /// </summary>
    public static class RepositoryWalker
    {
        public static readonly IReadOnlyCollection<string> IgnoredFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "bin", "obj", ".git", "node_modules", "worktrees", ".worktrees", ".vs", ".idea", "packages", "artifacts",
        };

        /// <summary>A repository larger than this is indexed partially; the checks that use it say so by finding less, never by hanging.</summary>
        public const int MaxFiles = 200_000;

        /// <param name="root">The repository root.</param>
        /// <param name="keep">A folder inside the repository that is walked even when an ancestor's name is ignored: the
        /// Spec-Kit root itself (a tree under <c>artifacts/</c> or <c>packages/</c> still names its own files).</param>
        public static IEnumerable<string> Files(string root, string? keep = null)
        {
            string? kept = keep == null ? null : Path.GetFullPath(keep).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var pending = new Stack<string>();
            pending.Push(root);
            int yielded = 0;
            while (pending.Count > 0)
            {
                string directory = pending.Pop();
                string[] files, directories;
                try
                {
                    files = Directory.GetFiles(directory);
                    directories = Directory.GetDirectories(directory);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue;
                }

                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    if (++yielded > MaxFiles)
                    {
                        yield break;
                    }

                    yield return file;
                }

                foreach (string child in directories.OrderByDescending(d => d, StringComparer.Ordinal))
                {
                    if ((!IgnoredFolders.Contains(Path.GetFileName(child)) || Holds(child, kept)) && !IsLink(child))
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        private static bool Holds(string directory, string? kept) =>
            kept != null && kept.StartsWith(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        public static bool IsIgnored(string relativePath) =>
            relativePath.Split('/', '\\').Any(segment => IgnoredFolders.Contains(segment));

        private static bool IsLink(string directory)
        {
            try
            {
                return (File.GetAttributes(directory) & FileAttributes.ReparsePoint) != 0;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return true;
            }
        }
    }
}
