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
                var info = new FileInfo(path);
                if (info.Length > MaxFileBytes)
                {
                    error = $"it is {info.Length:N0} bytes, over the {MaxFileBytes:N0}-byte limit for a Spec-Kit document";
                    return false;
                }

                byte[] bytes = File.ReadAllBytes(path);
                return TryDecode(path, bytes, out file, out error);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                error = ex.Message;
                return false;
            }
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
