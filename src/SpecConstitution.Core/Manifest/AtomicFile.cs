using System;
using System.IO;
using System.Text;
using System.Threading;

namespace SpecConstitution.Manifest
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
            if (File.Exists(path) && string.Equals(File.ReadAllText(path, Utf8NoBom), content, StringComparison.Ordinal))
            {
                return false;
            }

            WriteAllText(path, content);
            return true;
        }

        /// <summary>Streams the content into the temp file (large reports never exist as one string), then renames it.</summary>
        public static void Write(string path, Action<TextWriter> write)
        {
            string fullPath = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(fullPath)!;
            Directory.CreateDirectory(directory);
            string temp = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                using (var writer = new StreamWriter(temp, append: false, Utf8NoBom, bufferSize: 1 << 16))
                {
                    write(writer);
                }

                MoveWithRetry(temp, fullPath);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp); // a failed write or move leaves no stray temp file
                }
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
