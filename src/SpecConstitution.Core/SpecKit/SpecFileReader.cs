using System;
using System.IO;
using System.Text;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>Reads a Spec-Kit text file defensively: size cap, binary detection, strict UTF-8.</summary>
    public static class SpecFileReader
    {
        /// <summary>Spec-Kit documents are a few KB; anything this large is not one.</summary>
        public const long MaxFileBytes = 4 * 1024 * 1024;

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static bool TryRead(string path, out SourceFile? file, out string error)
        {
            file = null;
            try
            {
                // One open for the size check and the read: a separate stat would be a second system call per file.
                byte[] bytes;
                using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1))
                {
                    long length = stream.Length;
                    if (length > MaxFileBytes)
                    {
                        error = $"it is {length:N0} bytes, over the {MaxFileBytes:N0}-byte limit for a Spec-Kit document";
                        return false;
                    }

                    bytes = ReadExactly(stream, (int)length);
                }

                return TryDecode(path, bytes, out file, out error);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is System.Security.SecurityException)
            {
                error = ex.Message;
                return false;
            }
        }

        /// <summary>Reads <paramref name="length"/> bytes, or fewer when the file shrank meanwhile (a file being saved).</summary>
        private static byte[] ReadExactly(Stream stream, int length)
        {
            var bytes = new byte[length];
            int total = 0, read;
            while (total < length && (read = stream.Read(bytes, total, length - total)) > 0)
            {
                total += read;
            }

            if (total < length)
            {
                Array.Resize(ref bytes, total);
            }

            return bytes;
        }

        public static bool TryDecode(string path, byte[] bytes, out SourceFile? file, out string error)
        {
            file = null;
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                error = "it contains NUL bytes (binary content, not markdown)";
                return false;
            }

            try
            {
                file = new SourceFile(path, StrictUtf8.GetString(bytes));
                error = string.Empty;
                return true;
            }
            catch (DecoderFallbackException)
            {
                error = "it is not valid UTF-8";
                return false;
            }
        }
    }
}
