using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpecConstitution.Reading.Tree
{
    /// <summary>The files of a repository by relative path and by file name, so a task's path can be looked up, and found again if moved.</summary>
    public sealed class RepositoryIndex
    {
        private static readonly string[] SpecKitFolders = { ".specify", "specs", "memory", "templates", "scripts", ".github", ".claude", ".cursor", ".gemini" };

        private readonly HashSet<string> _paths;
        private readonly HashSet<string> _pathsIgnoringCase;
        private readonly HashSet<string> _names;
        private readonly HashSet<string> _directories;

        public RepositoryIndex(string rootPath, IEnumerable<string> relativePaths)
        {
            RootPath = rootPath;
            string[] all = relativePaths.Select(p => p.Replace('\\', '/').TrimStart('/')).ToArray();
            _paths = new HashSet<string>(all, StringComparer.Ordinal);
            _pathsIgnoringCase = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase);
            _names = new HashSet<string>(all.Select(p => p.Substring(p.LastIndexOf('/') + 1)), StringComparer.OrdinalIgnoreCase);
            // Every folder that holds a file: a task may name a directory (src/My.App.Web, with or without the slash).
            _directories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string file in all)
            {
                for (int slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
                {
                    _directories.Add(file.Substring(0, slash));
                }
            }
            // A copy of only the Spec-Kit documents (no code at all) cannot prove or disprove that anything was built.
            // A licence or notice file at the root is not code either (LICENSE, COPYING, NOTICE have no extension).
            // Markdown anywhere (docs/, a second .specify root's constitution) is documentation, not code.
            HasSourceFiles = all.Any(p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !p.StartsWith(".", StringComparison.Ordinal) && !SpecKitFolders.Any(f => p.StartsWith(f + "/", StringComparison.OrdinalIgnoreCase)) && p.IndexOf('/') > 0
                || (p.IndexOf('/') < 0 && !p.StartsWith(".", StringComparison.Ordinal) && !IsLegalNotice(p)));
        }

        public string RootPath { get; }

        private static readonly string[] LegalNoticeNames = { "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "PATENTS" };

        private static bool IsLegalNotice(string fileName)
        {
            int dot = fileName.IndexOf('.');
            string stem = dot < 0 ? fileName : fileName.Substring(0, dot);
            return LegalNoticeNames.Any(n => string.Equals(n, stem, StringComparison.OrdinalIgnoreCase));
        }

        public bool HasSourceFiles { get; }

        public static RepositoryIndex Build(string rootPath, string? specKitRoot = null)
        {
            // The root's prefix once, not per file: normalising it again for each of thousands of files was most of the index's own time.
            string prefix = RootPrefix(rootPath);
            return new RepositoryIndex(rootPath, RepositoryWalker.Files(rootPath, specKitRoot).Select(f => RelativeTo(prefix, f)));
        }

        public bool Exists(string relativePath)
        {
            string path = relativePath.Replace('\\', '/').TrimStart('.', '/');
            return _paths.Contains(path) || _pathsIgnoringCase.Contains(path) || _directories.Contains(path.TrimEnd('/'));
        }

        /// <summary>Whether the folder a path points into holds any file (a path without a folder is at the root, which exists).</summary>
        public bool FolderExists(string relativePath)
        {
            string path = relativePath.Replace('\\', '/').TrimStart('.', '/').TrimEnd('/');
            int slash = path.LastIndexOf('/');
            return slash <= 0 || _directories.Contains(path.Substring(0, slash));
        }

        /// <summary>Whether the first folder of a path (src/ of src/A/B.cs) holds any file; a path without a folder is at the root.</summary>
        public bool TopFolderExists(string relativePath)
        {
            string path = relativePath.Replace('\\', '/').TrimStart('.', '/').TrimEnd('/');
            int slash = path.IndexOf('/');
            return slash <= 0 || _directories.Contains(path.Substring(0, slash));
        }

        /// <summary>Whether any file anywhere has this name: then the task's file moved rather than vanished.</summary>
        public bool ContainsFileName(string path)
        {
            string name = path.Replace('\\', '/').TrimEnd('/');
            name = name.Substring(name.LastIndexOf('/') + 1);
            return name.Length > 0 && _names.Contains(name);
        }

        public static string Relative(string root, string fullPath) => RelativeTo(RootPrefix(root), fullPath);

        /// <summary>The root as <see cref="RelativeTo"/> wants it: full, forward slashes, one trailing slash.</summary>
        private static string RootPrefix(string root) => Path.GetFullPath(root).Replace('\\', '/').TrimEnd('/') + "/";

        private static string RelativeTo(string r, string fullPath)
        {
            string f = Path.GetFullPath(fullPath).Replace('\\', '/');
            if (string.Equals(f.TrimEnd('/') + "/", r, StringComparison.Ordinal))
            {
                return string.Empty;
            }

            return f.StartsWith(r, StringComparison.Ordinal) ? f.Substring(r.Length) : f;
        }
    }
}
