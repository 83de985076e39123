using System;
using System.IO;
using System.Linq;

namespace SpecConstitution.Infrastructure.Git
{
    /// <summary>Reads HEAD's commit and branch straight from <c>.git</c>: no git process, works in worktrees and with packed refs.</summary>
    public static class GitDirectoryReader
    {
        public static bool TryRead(string startDirectory, out string? commit, out string? branch)
        {
            commit = null;
            branch = null;
            try
            {
                string? gitDir = FindGitDirectory(startDirectory);
                if (gitDir == null)
                {
                    return false;
                }

                string commonDir = ReadCommonDirectory(gitDir);
                string head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
                if (!head.StartsWith("ref:", StringComparison.Ordinal))
                {
                    commit = IsSha(head) ? head.ToLowerInvariant() : null;
                    return commit != null;
                }

                string reference = head.Substring(4).Trim();
                branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference.Substring("refs/heads/".Length) : reference;
                commit = ResolveReference(gitDir, reference) ?? ResolveReference(commonDir, reference);
                return commit != null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return false;
            }
        }

        public static string? FindGitDirectory(string startDirectory)
        {
            for (DirectoryInfo? dir = new DirectoryInfo(startDirectory); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, ".git");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }

                if (File.Exists(candidate))
                {
                    // A worktree or submodule: ".git" is a file saying "gitdir: <path>".
                    string line = File.ReadAllText(candidate).Trim();
                    if (line.StartsWith("gitdir:", StringComparison.Ordinal))
                    {
                        string target = line.Substring("gitdir:".Length).Trim();
                        return Path.GetFullPath(Path.Combine(dir.FullName, target));
                    }
                }
            }

            return null;
        }

        private static string ReadCommonDirectory(string gitDir)
        {
            string file = Path.Combine(gitDir, "commondir");
            return File.Exists(file) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(file).Trim())) : gitDir;
        }

        private static string? ResolveReference(string gitDir, string reference)
        {
            string looseRef = Path.Combine(gitDir, reference.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(looseRef))
            {
                string value = File.ReadAllText(looseRef).Trim();
                return IsSha(value) ? value.ToLowerInvariant() : null;
            }

            string packed = Path.Combine(gitDir, "packed-refs");
            if (!File.Exists(packed))
            {
                return null;
            }

            string? line = File.ReadAllLines(packed)
                .FirstOrDefault(l => l.Length > 41 && l[40] == ' ' && string.Equals(l.Substring(41).Trim(), reference, StringComparison.Ordinal));
            return line != null && IsSha(line.Substring(0, 40)) ? line.Substring(0, 40).ToLowerInvariant() : null;
        }

        public static bool IsSha(string value) =>
            value.Length == 40 && value.All(c => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }
}
