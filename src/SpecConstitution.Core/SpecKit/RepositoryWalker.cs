using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpecConstitution.SpecKit
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

        public static IEnumerable<string> Files(string root)
        {
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

                foreach (string file in files.OrderBy(f => f, StringComparer.Ordinal))
                {
                    if (++yielded > MaxFiles)
                    {
                        yield break;
                    }

                    yield return file;
                }

                foreach (string child in directories.OrderByDescending(d => d, StringComparer.Ordinal))
                {
                    if (!IgnoredFolders.Contains(Path.GetFileName(child)) && !IsLink(child))
                    {
                        pending.Push(child);
                    }
                }
            }
        }

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
