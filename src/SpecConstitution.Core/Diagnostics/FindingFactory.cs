using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Diagnostics
{
    internal static class FindingFactory
    {
        public static Finding Create(DiagnosticInfo info, string filePath, TextRange range, params object?[] messageArgs) =>
            new Finding(info, info.DefaultSeverity, filePath, range, messageArgs);
    }
}
