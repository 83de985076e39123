using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Tasks
{
    /// <summary>The text of a finding's line, for baseline fingerprints; each file is read once.</summary>
    internal sealed class LineLookup
    {
        private readonly Dictionary<string, SourceFile?> _files = new Dictionary<string, SourceFile?>(System.StringComparer.Ordinal);

        public string? Line(string path, int line)
        {
            if (!_files.TryGetValue(path, out SourceFile? file))
            {
                _files[path] = file = System.IO.File.Exists(path) && SpecFileReader.TryRead(path, out SourceFile? read, out _) ? read : null;
            }

            return file != null && line >= 1 && line <= file.LineCount ? file.GetLine(line) : null;
        }
    }
}
