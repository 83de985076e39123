using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using SpecConstitution.Infrastructure.Files;

namespace SpecConstitution.Infrastructure.Git
{
    /// <summary>
    /// Tells whether tracked files differ from what <c>.git/index</c> records, without a git process: a size
    /// change is a change; a same-size file whose mtime moved is hashed as a git blob and compared. Conflicted
    /// (unmerged) entries count as dirty. Staged-but-uncommitted changes and untracked files are not seen (that
    /// needs the object store and .gitignore); CI checkouts have neither.
    /// </summary>
    public static class GitWorkingTree
    {
        private const int SkipWorktreeFlag = 0x4000;
        private const int AssumeValidFlag = 0x8000;
        private const int ExtendedFlag = 0x4000;

        /// <summary>True when dirty, false when clean, null when there is no readable index.</summary>
        public static bool? IsDirty(string startDirectory)
        {
            try
            {
                string? gitDir = GitDirectoryReader.FindGitDirectory(startDirectory);
                if (gitDir == null)
                {
                    return null;
                }

                string index = Path.Combine(gitDir, "index");
                string workTree = WorkTreeOf(gitDir, startDirectory);
                return File.Exists(index) ? FindChange(File.ReadAllBytes(index), workTree, UnixSeconds(File.GetLastWriteTimeUtc(index))) != null : (bool?)null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is FormatException)
            {
                return null;
            }
        }

        /// <summary>The first tracked path whose content differs from the index, or null when none does.</summary>
        /// <param name="indexWrittenSeconds">When the index was written: an entry whose mtime is not older is "racy"
        /// (the file may have changed within that second) and is hashed, as git does.</param>
        public static string? FindChange(byte[] index, string workTree, long indexWrittenSeconds = long.MaxValue)
        {
            if (index.Length < 12 || Encoding.ASCII.GetString(index, 0, 4) != "DIRC")
            {
                throw new FormatException("not a git index");
            }

            int version = ReadInt32(index, 4);
            int count = ReadInt32(index, 8);
            if (version < 2 || version > 4)
            {
                throw new FormatException("unsupported git index version " + version);
            }

            int offset = 12;
            string previousPath = string.Empty;
            for (int i = 0; i < count; i++)
            {
                int start = offset;
                long mtimeSeconds = (uint)ReadInt32(index, offset + 8);
                int mode = ReadInt32(index, offset + 24);
                long size = (uint)ReadInt32(index, offset + 36);
                byte[] sha = new byte[20];
                Array.Copy(index, offset + 40, sha, 0, 20);
                int flags = (index[offset + 60] << 8) | index[offset + 61];
                offset += 62;
                bool skipWorktree = false;
                if (version >= 3 && (flags & ExtendedFlag) != 0)
                {
                    int extended = (index[offset] << 8) | index[offset + 1];
                    skipWorktree = (extended & SkipWorktreeFlag) != 0;
                    offset += 2;
                }

                string path;
                if (version == 4)
                {
                    int strip = ReadVarint(index, ref offset);
                    int end = Array.IndexOf(index, (byte)0, offset);
                    path = previousPath.Substring(0, previousPath.Length - strip) + Encoding.UTF8.GetString(index, offset, end - offset);
                    offset = end + 1;
                }
                else
                {
                    int end = Array.IndexOf(index, (byte)0, offset);
                    path = Encoding.UTF8.GetString(index, offset, end - offset);
                    offset = start + ((end - start + 8) & ~7);
                }

                previousPath = path;
                int stage = (flags >> 12) & 0x3;
                if (stage != 0)
                {
                    return path;
                }

                bool gitlink = (mode & 0xF000) == 0xE000;
                if (gitlink || skipWorktree || (flags & AssumeValidFlag) != 0)
                {
                    continue;
                }

                if (Differs(Path.Combine(workTree, path.Replace('/', Path.DirectorySeparatorChar)), (mode & 0xF000) == 0xA000, size, mtimeSeconds, mtimeSeconds >= indexWrittenSeconds, sha))
                {
                    return path;
                }
            }

            return null;
        }

        private static bool Differs(string file, bool symlink, long size, long mtimeSeconds, bool racy, byte[] sha)
        {
            if (symlink)
            {
                return !File.Exists(file) && !Directory.Exists(file);
            }

            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return true;
            }

            // Git "smudges" racily clean entries by recording size 0: then only the content can tell.
            if (size != 0 && info.Length != size)
            {
                return true;
            }

            if (!racy && size != 0 && UnixSeconds(info.LastWriteTimeUtc) == mtimeSeconds)
            {
                return false;
            }

            // A tracked file replaced by a FIFO or a device (both report length 0) would block or never end: changed.
            if (FileProbe.KindOf(file) != FileKind.Regular)
            {
                return true;
            }

            return !SameBytes(BlobSha(File.ReadAllBytes(file)), sha);
        }

        private static long UnixSeconds(DateTime utc) => (long)(utc - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;

        private static byte[] BlobSha(byte[] content)
        {
            byte[] header = Encoding.ASCII.GetBytes("blob " + content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\0");
            using SHA1 sha1 = SHA1.Create();
            sha1.TransformBlock(header, 0, header.Length, null, 0);
            sha1.TransformFinalBlock(content, 0, content.Length);
            return sha1.Hash;
        }

        private static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string WorkTreeOf(string gitDir, string startDirectory)
        {
            // A plain repository: .git's parent. A worktree's gitdir holds "gitdir" pointing back at <worktree>/.git.
            string back = Path.Combine(gitDir, "gitdir");
            if (File.Exists(back))
            {
                return Path.GetDirectoryName(Path.GetFullPath(File.ReadAllText(back).Trim()))!;
            }

            return string.Equals(Path.GetFileName(gitDir), ".git", StringComparison.Ordinal)
                ? Path.GetDirectoryName(gitDir)!
                : startDirectory;
        }

        private static int ReadInt32(byte[] data, int offset) =>
            (data[offset] << 24) | (data[offset + 1] << 16) | (data[offset + 2] << 8) | data[offset + 3];

        // Git's offset varint (not LEB128): each continuation adds one before shifting.
        private static int ReadVarint(byte[] data, ref int offset)
        {
            byte b = data[offset++];
            int value = b & 0x7F;
            while ((b & 0x80) != 0)
            {
                b = data[offset++];
                value = ((value + 1) << 7) | (b & 0x7F);
            }

            return value;
        }
    }
}
