using System;
using System.IO;
using System.Text;
using System.Threading;

namespace SpecConstitution.Infrastructure.Files
{
    /// <summary>Writes a file so readers see the old bytes or the new ones, never half of either (temp file + rename).</summary>
    public static class AtomicFile
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

        public static void WriteAllText(string path, string content) => Write(path, writer => writer.Write(content));

        /// <summary>
        /// Writes only when the content differs, so the file's timestamp moves only when its meaning does: targets that
        /// list it as an input stay skipped on a no-op build.
        /// </summary>
        public static bool WriteIfChanged(string path, string content)
        {
            if (File.Exists(path) && string.Equals(ReadOrNull(path), content, StringComparison.Ordinal))
            {
                return false;
            }

            WriteAllText(path, content);
            return true;
        }

        private static string? ReadOrNull(string path)
        {
            try
            {
                return File.ReadAllText(path, Utf8NoBom);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null; // unreadable: rewrite it, and let the write say whether that works
            }
        }

        /// <summary>Streams the content into the temp file (large reports never exist as one string), then renames it.</summary>
        /// <exception cref="OutputWriteException">The file system refused the file (a folder at the path, a read-only folder, a full disk).</exception>
        public static void Write(string path, Action<TextWriter> write)
        {
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                throw new OutputWriteException(path, "it is not a valid file path: " + ex.Message, ex);
            }

            if (Directory.Exists(fullPath))
            {
                throw new OutputWriteException(fullPath, "the path is a folder, not a file");
            }

            string temp = Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
                using (var writer = new StreamWriter(temp, append: false, Utf8NoBom, bufferSize: 1 << 16))
                {
                    write(writer);
                }

                MoveWithRetry(temp, fullPath);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                throw ex as OutputWriteException ?? new OutputWriteException(fullPath, ex.Message, ex);
            }
            finally
            {
                DeleteQuietly(temp); // a failed write or move leaves no stray temp file
            }
        }

        private static void DeleteQuietly(string temp)
        {
            try
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // The write already failed or succeeded; a temp file that cannot be removed must not hide which.
            }
        }

        private static void MoveWithRetry(string temp, string destination)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    if (File.Exists(destination))
                    {
                        File.Replace(temp, destination, null);
                    }
                    else
                    {
                        File.Move(temp, destination);
                    }

                    return;
                }
                catch (IOException) when (attempt < 5)
                {
                    // Another build of the same tree may be replacing it at this moment (parallel -m builds).
                    Thread.Sleep(50 * attempt);
                }
            }
        }
    }
}
