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
                byte[] buffer;
                int count;
                using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1))
                {
                    long length = stream.Length;
                    if (length > MaxFileBytes)
                    {
                        error = $"it is {length:N0} bytes, over the {MaxFileBytes:N0}-byte limit for a Spec-Kit document";
                        return false;
                    }

                    buffer = ReadBuffer((int)length);
                    count = ReadUpTo(stream, buffer, (int)length);
                }

                return TryDecode(path, buffer, count, out file, out error);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is System.Security.SecurityException)
            {
                error = ex.Message;
                return false;
            }
        }

        /// <summary>Files up to this size are read into the thread's reused buffer; a rare larger one gets its own array.</summary>
        private const int ReusedBufferBytes = 256 * 1024;

        // The bytes are garbage once decoded: one buffer per thread, reused file after file, instead of a fresh array
        // per file (7 MB of new memory at 1,000 features). Capped, so a thread of a long-lived build node keeps little.
        [ThreadStatic]
        private static byte[]? _readBuffer;

        private static byte[] ReadBuffer(int length)
        {
            if (length > ReusedBufferBytes)
            {
                return new byte[length];
            }

            return _readBuffer ??= new byte[ReusedBufferBytes];
        }

        /// <summary>Reads up to <paramref name="length"/> bytes, fewer when the file shrank meanwhile (a file being saved).</summary>
        private static int ReadUpTo(Stream stream, byte[] buffer, int length)
        {
            int total = 0, read;
            while (total < length && (read = stream.Read(buffer, total, length - total)) > 0)
            {
                total += read;
            }

            return total;
        }

        public static bool TryDecode(string path, byte[] bytes, out SourceFile? file, out string error) => TryDecode(path, bytes, bytes.Length, out file, out error);

        private static bool TryDecode(string path, byte[] bytes, int count, out SourceFile? file, out string error)
        {
            file = null;
            if (Array.IndexOf(bytes, (byte)0, 0, count) >= 0)
            {
                error = "it contains NUL bytes (binary content, not markdown)";
                return false;
            }

            try
            {
                file = new SourceFile(path, StrictUtf8.GetString(bytes, 0, count));
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
