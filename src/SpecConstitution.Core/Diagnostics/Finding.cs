using System;
using SpecConstitution.Infrastructure.Text;
namespace SpecConstitution.Diagnostics
{
    /// <summary>One problem found in a spec, plan, tasks, constitution or rules file, located in that file.</summary>
    public sealed class Finding : IEquatable<Finding>
    {
        public Finding(string id, FindingSeverity severity, string message, string filePath, TextRange range)
        {
            Id = id;
            Severity = severity;
            Message = message;
            FilePath = filePath;
            Range = range;
        }

        public string Id { get; }

        public FindingSeverity Severity { get; }

        public string Message { get; }

        public string FilePath { get; }

        public TextRange Range { get; }

        public Finding WithSeverity(FindingSeverity severity) => new Finding(Id, severity, Message, FilePath, Range);

        public bool Equals(Finding? other) =>
            other is not null && Id == other.Id && Severity == other.Severity && Message == other.Message &&
            FilePath == other.FilePath && Range.Line == other.Range.Line && Range.Column == other.Range.Column;

        public override bool Equals(object? obj) => Equals(obj as Finding);

        public override int GetHashCode() => (Id, FilePath, Range.Line, Range.Column, Message).GetHashCode();

        public override string ToString() => $"{FilePath}({Range.Line},{Range.Column}): {Severity.ToName()} {Id}: {Message}";
    }
}
