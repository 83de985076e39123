using System.Globalization;

namespace SpecConstitution.Diagnostics
{
    /// <summary>
    /// The stable identity of a diagnostic: what users suppress, configure and look up. Declared once, in a
    /// DiagnosticCatalog.*.cs file; the Roslyn descriptors, the MSBuild log entries and the consistency test all read it.
    /// </summary>
    public sealed class DiagnosticInfo
    {
        internal DiagnosticInfo(string id, string title, string messageFormat, string category, FindingSeverity defaultSeverity,
            CompilerSurface compiler = CompilerSurface.None)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Category = category;
            DefaultSeverity = defaultSeverity;
            Compiler = compiler;
        }

        public string Id { get; }

        public string Title { get; }

        /// <summary>A composite format string ({0}, {1}...) for the message; the Roslyn descriptor carries it as is.</summary>
        public string MessageFormat { get; }

        public string Category { get; }

        public FindingSeverity DefaultSeverity { get; }

        /// <summary>Which analyzer reports it in the compiler (and the IDE); None when only the MSBuild tasks do.</summary>
        public CompilerSurface Compiler { get; }

        public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id + ".md";

        /// <summary>The message for these arguments, formatted invariantly (as every output of the package is).</summary>
        public string Format(params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

        public override string ToString() => Id;
    }
}
