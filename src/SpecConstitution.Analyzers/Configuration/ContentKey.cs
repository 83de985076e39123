using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace SpecConstitution.Analyzers.Configuration
{
    /// <summary>The keys of <see cref="ContentCache{T}"/>: a file's path with its content's checksum.</summary>
    internal static class ContentKey
    {
        public static string Of(string path, SourceText? text) => path + "#" + Checksum(text);

        /// <summary>The content's checksum in hex, or "-" for a file that is absent.</summary>
        public static string Checksum(SourceText? text) =>
            text == null ? "-" : string.Concat(text.GetChecksum().Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
