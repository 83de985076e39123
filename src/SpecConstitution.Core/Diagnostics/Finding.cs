using System;
using System.Collections.Generic;
using System.Globalization;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Diagnostics
{
    /// <summary>One problem found in a spec, plan, tasks, constitution or rules file, located in that file.</summary>
    public sealed class Finding : IEquatable<Finding>
    {
        private static readonly string[] NoArguments = new string[0];

        /// <summary>A finding of a catalog entry: its message is the entry's format with these arguments, which travel with it.</summary>
        public Finding(DiagnosticInfo info, FindingSeverity severity, string filePath, TextRange range, params object?[] arguments)
            : this(info.Id, severity, info.Format(arguments), filePath, range, Invariant(arguments))
        {
        }

        /// <summary>A finding read back from a file (baseline, findings JSON): the message is all that was kept.</summary>
        public Finding(string id, FindingSeverity severity, string message, string filePath, TextRange range)
            : this(id, severity, message, filePath, range, NoArguments)
        {
        }

        private Finding(string id, FindingSeverity severity, string message, string filePath, TextRange range, IReadOnlyList<string> arguments)
        {
            Id = id;
            Severity = severity;
            Message = message;
            FilePath = filePath;
            Range = range;
            Arguments = arguments;
        }

        public string Id { get; }

        public FindingSeverity Severity { get; }

        public string Message { get; }

        /// <summary>The arguments of the catalog's message format, formatted invariantly; empty for a finding read back from a file.</summary>
        public IReadOnlyList<string> Arguments { get; }

        public string FilePath { get; }

        public TextRange Range { get; }

        public Finding WithSeverity(FindingSeverity severity) => new Finding(Id, severity, Message, FilePath, Range, Arguments);

        public bool Equals(Finding? other) =>
            other is not null && Id == other.Id && Severity == other.Severity && Message == other.Message &&
            FilePath == other.FilePath && Range.Line == other.Range.Line && Range.Column == other.Range.Column;

        public override bool Equals(object? obj) => Equals(obj as Finding);

        public override int GetHashCode() => (Id, FilePath, Range.Line, Range.Column, Message).GetHashCode();

        public override string ToString() => $"{FilePath}({Range.Line},{Range.Column}): {Severity.ToName()} {Id}: {Message}";

        private static string[] Invariant(object?[]? arguments)
        {
            if (arguments == null || arguments.Length == 0)
            {
                return NoArguments;
            }

            var texts = new string[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                texts[i] = Convert.ToString(arguments[i], CultureInfo.InvariantCulture) ?? string.Empty;
            }

            return texts;
        }
    }
}
