using System;
using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.Rules
{
    /// <summary>One entry of <c>rules:</c>, validated.</summary>
    public sealed class RuleDefinition
    {
        public RuleDefinition(string id, string kind, FindingSeverity severity, string? principle, TextRange principleRange, string? message, IReadOnlyDictionary<string, RuleOption> options, TextRange range)
        {
            Id = id;
            Kind = kind;
            Severity = severity;
            Principle = principle;
            PrincipleRange = principleRange;
            Message = message;
            Options = options;
            Range = range;
        }

        public string Id { get; }

        public string Kind { get; }

        public FindingSeverity Severity { get; }

        public string? Principle { get; }

        public TextRange PrincipleRange { get; }

        public string? Message { get; }

        public IReadOnlyDictionary<string, RuleOption> Options { get; }

        /// <summary>Where the rule's mapping starts.</summary>
        public TextRange Range { get; }

        public IReadOnlyList<string> GetList(string key) => Options.TryGetValue(key, out RuleOption? option) ? option.Values : Array.Empty<string>();

        public string? GetString(string key) => Options.TryGetValue(key, out RuleOption? option) ? option.Scalar : null;

        public bool GetBoolean(string key, bool defaultValue) =>
            Options.TryGetValue(key, out RuleOption? option) && option.Flag is bool value ? value : defaultValue;
    }
}
