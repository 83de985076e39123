using System;
using System.IO;

namespace SpecConstitution.Infrastructure.Files
{
    /// <summary>An output file could not be written (a folder at its path, a read-only folder, a full disk): SC5004 at the path, not a bug.</summary>
    public sealed class OutputWriteException : IOException
    {
        public OutputWriteException(string path, string reason, Exception? inner = null)
            : base(reason, inner)
        {
            OutputPath = path;
        }

        public string OutputPath { get; }
    }
}
