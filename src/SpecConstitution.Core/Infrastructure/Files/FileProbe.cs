using System;
using System.IO;

namespace SpecConstitution.Infrastructure.Files
{
    /// <summary>
    /// Looks before it opens: a FIFO blocks the open until a writer comes, a device never ends, and a link to a folder
    /// can lead back into itself. Every reader of the user's tree asks here first and opens only regular files.
    /// </summary>
    public static class FileProbe
    {
        /// <summary>What the path resolves to, following links (a link to /dev/zero is a character device).</summary>
        public static FileKind KindOf(string path)
        {
            FileKind? native = UnixFileType.TryGetKind(path);
            if (native.HasValue)
            {
                return native.Value;
            }

            try
            {
                FileAttributes attributes = File.GetAttributes(path);
                return (attributes & FileAttributes.Directory) != 0 ? FileKind.Directory : FileKind.Regular;
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                return FileKind.Missing;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return FileKind.Unknown;
            }
        }

        /// <summary>A symbolic link, junction or other reparse point itself (not what it points to).</summary>
        public static bool IsLink(string path)
        {
            try
            {
                return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return false;
            }
        }

        /// <summary>Why a path that is not a regular file cannot be read, in words for a diagnostic: "it is a named pipe (FIFO)".</summary>
        public static string Describe(FileKind kind) => kind switch
        {
            FileKind.Missing => "it does not exist (or is a link to nothing)",
            FileKind.Directory => "it is a folder, not a file",
            FileKind.NamedPipe => "it is a named pipe (FIFO), not a regular file: reading it would wait for a writer",
            FileKind.CharacterDevice => "it is a character device, not a regular file",
            FileKind.BlockDevice => "it is a block device, not a regular file",
            FileKind.Socket => "it is a socket, not a regular file",
            FileKind.Unknown => "its type cannot be read (a broken link, a link loop, or a folder on its path that cannot be searched)",
            _ => "it is a regular file",
        };

        /// <summary>
        /// Opens a regular file for reading, or says why not (never blocks on a FIFO or device). The caller reads at
        /// most <see cref="Stream.Length"/> bytes: a file that grows meanwhile is read as it was.
        /// </summary>
        public static bool TryOpenRegular(string path, out FileStream? stream, out string problem)
        {
            stream = null;
            FileKind kind = KindOf(path);
            if (kind != FileKind.Regular)
            {
                problem = Describe(kind);
                return false;
            }

            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
                problem = string.Empty;
                return true;
            }
            catch (Exception ex) when (IsIoFailure(ex))
            {
                problem = ex.Message;
                return false;
            }
        }

        /// <summary>The exceptions the file system throws for a file it will not give: not bugs, findings.</summary>
        public static bool IsIoFailure(Exception ex) =>
            ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is System.Security.SecurityException || ex is ArgumentException;
    }
}
