using System;
using System.IO;
using System.Text;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>Reads a Spec-Kit text file defensively: size cap, binary detection, strict UTF-8.</summary>
    public static class SpecFileReader
    {
        /// <summary>Spec-Kit documents are a few KB; anything this large is not one.</summary>
        public const long MaxFileBytes = 4 * 1024 * 1024;

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static bool TryRead(string path, out SourceFile? file, out string error) => TryRead(path, byLines: false, out file, out error);

        /// <summary>
        /// As <see cref="TryRead(string, out SourceFile?, out string)"/>, but each line is decoded on its own and the
        /// file keeps no text but its lines (<see cref="SourceFile.FromLines"/>): for the feature documents, which are
        /// only ever read line by line.
        /// </summary>
        internal static bool TryReadLines(string path, out SourceFile? file, out string error) => TryRead(path, byLines: true, out file, out error);

        private static bool TryRead(string path, bool byLines, out SourceFile? file, out string error)
        {
            file = null;
            try
            {
                // One open for the size check and the read: a separate stat would be a second system call per file.
                byte[] buffer;
                int count;
                // Only a regular file is opened: a FIFO would block the open, a device would never end.
                if (!FileProbe.TryOpenRegular(path, out FileStream? opened, out error))
                {
                    return false;
                }

                using (FileStream stream = opened!)
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

                return TryDecode(path, buffer, count, byLines, out file, out error);
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

        public static bool TryDecode(string path, byte[] bytes, out SourceFile? file, out string error) => TryDecode(path, bytes, bytes.Length, byLines: false, out file, out error);

        internal static bool TryDecodeLines(string path, byte[] bytes, int count, out SourceFile? file, out string error) =>
            TryDecode(path, bytes, count, byLines: true, out file, out error);

        private static bool TryDecode(string path, byte[] bytes, int count, bool byLines, out SourceFile? file, out string error)
        {
            file = null;
            if (Array.IndexOf(bytes, (byte)0, 0, count) >= 0)
            {
                error = "it contains NUL bytes (binary content, not markdown)";
                return false;
            }

            try
            {
                file = byLines ? SourceFile.FromLines(path, DecodeLines(bytes, count)) : new SourceFile(path, StrictUtf8.GetString(bytes, 0, count));
                error = string.Empty;
                return true;
            }
            catch (DecoderFallbackException)
            {
                error = "it is not valid UTF-8";
                return false;
            }
        }

        /// <summary>
        /// The lines of the bytes, each decoded on its own, without their breaks and without a leading BOM. The breaks
        /// SourceFile splits text at ("\r\n", "\r", "\n"; a last break opens no further line) are ASCII bytes no UTF-8
        /// sequence contains, so splitting the bytes first gives the lines, and the same verdict on invalid UTF-8, that
        /// decoding the whole file first gives.
        /// </summary>
        private static string[] DecodeLines(byte[] bytes, int count)
        {
            int start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            int lineCount = 1;
            for (int i = start; i < count; i++)
            {
                if (IsBreak(bytes, i, count, out int next) && next < count)
                {
                    lineCount++;
                    i = next - 1;
                }
            }

            var lines = new string[lineCount];
            int line = 0;
            for (int i = start; i < count; i++)
            {
                if (IsBreak(bytes, i, count, out int next))
                {
                    lines[line++] = StrictUtf8.GetString(bytes, start, i - start);
                    start = next;
                    i = next - 1;
                    if (next >= count)
                    {
                        break;
                    }
                }
            }

            if (line < lineCount)
            {
                lines[line] = StrictUtf8.GetString(bytes, start, count - start);
            }

            return lines;
        }

        // A line break at i: where the next line would start (after "\r\n", "\r" or "\n").
        private static bool IsBreak(byte[] bytes, int i, int count, out int next)
        {
            byte b = bytes[i];
            next = b == (byte)'\r' && i + 1 < count && bytes[i + 1] == (byte)'\n' ? i + 2 : i + 1;
            return b == (byte)'\n' || b == (byte)'\r';
        }
    }
}
