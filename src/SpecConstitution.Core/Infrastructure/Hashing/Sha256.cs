using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace SpecConstitution.Infrastructure.Hashing
{
    internal static class Sha256
    {
        public static string OfFile(string path)
        {
            using FileStream stream = File.OpenRead(path);
            using SHA256 sha = SHA256.Create();
            return Hex(sha.ComputeHash(stream));
        }

        /// <summary>The digest of the first <paramref name="length"/> bytes: a file that grows while it is read ends where it was measured.</summary>
        public static string OfStream(Stream stream, long length)
        {
            using SHA256 sha = SHA256.Create();
            // Sized to the file: spec documents are a few KB, and a 64 KB array per file was most of hashing a large tree.
            var buffer = new byte[(int)Math.Max(1, Math.Min(64 * 1024, length))];
            long left = length;
            int read;
            while (left > 0 && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left))) > 0)
            {
                sha.TransformBlock(buffer, 0, read, null, 0);
                left -= read;
            }

            sha.TransformFinalBlock(buffer, 0, 0);
            return Hex(sha.Hash);
        }

        public static string OfText(string text)
        {
            using SHA256 sha = SHA256.Create();
            return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
        }

        private static string Hex(byte[] bytes)
        {
            var builder = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
