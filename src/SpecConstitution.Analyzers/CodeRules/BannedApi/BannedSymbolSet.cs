using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.Rules.Kinds;
using SpecConstitution.Reading.Citations;

namespace SpecConstitution.Analyzers.CodeRules.BannedApi
{
    /// <summary>
    /// The banned-api rules of one compilation, resolved to symbols once: exact symbols (types, members, overloads)
    /// and namespaces. Also keeps the IDs that could not be used, located in the rules file (SC3020, SC3021).
    /// </summary>
    internal sealed class BannedSymbolSet
    {
        private readonly Dictionary<ISymbol, BannedSymbol> _symbols = new Dictionary<ISymbol, BannedSymbol>(SymbolEqualityComparer.Default);
        private readonly Dictionary<string, BannedSymbol> _namespaces = new Dictionary<string, BannedSymbol>(StringComparer.Ordinal);
        private readonly HashSet<string> _names = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<Finding> _problems = new List<Finding>();

        private BannedSymbolSet()
        {
        }

        public bool IsEmpty => _symbols.Count == 0 && _namespaces.Count == 0;

        /// <summary>Identifiers that can name a banned symbol; null when any identifier can (namespace bans).</summary>
        public ISet<string>? CandidateNames => _namespaces.Count > 0 ? null : _names;

        public IReadOnlyList<Finding> Problems => _problems;

        /// <summary>A type or constructor is banned: only then can a target-typed <c>new()</c> be a use.</summary>
        public bool BansTypesOrConstructors { get; private set; }

        /// <summary>A virtual, abstract or override member is banned: only then can an override be a use.</summary>
        public bool BansOverridableMembers { get; private set; }

        public static BannedSymbolSet Resolve(Compilation compilation, IReadOnlyList<RuleDefinition> rules, string rulesPath)
        {
            var set = new BannedSymbolSet();
            foreach (RuleDefinition rule in rules)
            {
                if (!rule.Options.TryGetValue(BannedApiSettings.SymbolsKey, out RuleOption? option))
                {
                    continue;
                }

                for (int i = 0; i < option.Values.Count; i++)
                {
                    TextRange range = i < option.ValueRanges.Count ? option.ValueRanges[i] : option.Range;
                    set.Add(compilation, rule, option.Values[i], range, rulesPath);
                }
            }

            return set;
        }

        /// <summary>The ban that applies to this exact symbol (its original definition), if any.</summary>
        public BannedSymbol? FindExact(ISymbol symbol)
        {
            if (symbol is IMethodSymbol { ReducedFrom: { } reducedFrom })
            {
                symbol = reducedFrom;
            }

            return _symbols.TryGetValue(symbol.OriginalDefinition, out BannedSymbol? ban) ? ban : null;
        }

        /// <summary>The ban on the symbol, on any type containing it, or on its namespace or an enclosing one.</summary>
        public BannedSymbol? Find(ISymbol symbol)
        {
            BannedSymbol? ban = FindExact(symbol);
            if (ban != null)
            {
                return ban;
            }

            for (INamedTypeSymbol? type = symbol.ContainingType; type != null; type = type.ContainingType)
            {
                if (_symbols.TryGetValue(type.OriginalDefinition, out ban))
                {
                    return ban;
                }
            }

            return FindNamespace(symbol.ContainingNamespace);
        }

        private BannedSymbol? FindNamespace(INamespaceSymbol? ns)
        {
            if (_namespaces.Count == 0)
            {
                return null;
            }

            for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (_namespaces.TryGetValue(ns.ToDisplayString(), out BannedSymbol? ban))
                {
                    return ban;
                }
            }

            return null;
        }

        private void Add(Compilation compilation, RuleDefinition rule, string text, TextRange range, string rulesPath)
        {
            DocumentationId? id = DocumentationId.TryParse(text, out string? error);
            if (id == null)
            {
                _problems.Add(FindingFactory(DiagnosticCatalog.BannedApiMalformedSymbolId, rulesPath, range, text, rule.Id, error!));
                return;
            }

            var ban = new BannedSymbol(rule, id);
            if (id.Kind == 'N')
            {
                _namespaces[id.Name] = ban;
                return;
            }

            IReadOnlyList<ISymbol> symbols;
            try
            {
                symbols = Lookup(compilation, id);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is IndexOutOfRangeException)
            {
                // Roslyn's ID parser rejects what our syntax check let through: the entry is malformed after all.
                _problems.Add(FindingFactory(DiagnosticCatalog.BannedApiMalformedSymbolId, rulesPath, range, text, rule.Id, ex.Message));
                return;
            }

            if (symbols.Count == 0)
            {
                // Not referenced by this project is normal (a shared rules file); a typo is not: the container exists, the name does not.
                string? existing = ExistingContainer(compilation, id);
                if (existing != null)
                {
                    _problems.Add(FindingFactory(DiagnosticCatalog.BannedApiUnresolvedSymbolId, rulesPath, range, text, rule.Id, existing));
                }

                return;
            }

            foreach (ISymbol symbol in symbols)
            {
                if (!_symbols.ContainsKey(symbol.OriginalDefinition))
                {
                    _symbols.Add(symbol.OriginalDefinition, ban);
                }

                AddNames(symbol);
                BansTypesOrConstructors |= symbol is INamedTypeSymbol || symbol is IMethodSymbol { MethodKind: MethodKind.Constructor };
                BansOverridableMembers |= symbol.IsVirtual || symbol.IsAbstract || symbol.IsOverride;
            }
        }

        private static IReadOnlyList<ISymbol> Lookup(Compilation compilation, DocumentationId id)
        {
            var resolved = DocumentationCommentId.GetSymbolsForDeclarationId(id.Text, compilation);
            List<ISymbol> found = resolved.IsDefault ? new List<ISymbol>() : resolved.ToList();
            if (found.Count > 0 || id.Parameters != null || (id.Kind != 'M' && id.Kind != 'P'))
            {
                return found;
            }

            // "M:Type.Name" without a parameter list bans every overload, as the rule author most likely means.
            string memberName = id.Name.Substring(id.Name.LastIndexOf('.') + 1);
            return TypesNamed(compilation, id.ContainerName)
                .SelectMany(t => t.GetMembers(memberName == "#ctor" ? ".ctor" : memberName))
                .Where(m => id.Kind == 'M' ? m is IMethodSymbol : m is IPropertySymbol)
                .ToList();
        }

        private static IEnumerable<INamedTypeSymbol> TypesNamed(Compilation compilation, string name) =>
            DocumentationCommentId.GetSymbolsForDeclarationId("T:" + name, compilation).OfType<INamedTypeSymbol>();

        /// <summary>The type (for a member) or namespace (for a type) that exists although the ID does not resolve.</summary>
        private static string? ExistingContainer(Compilation compilation, DocumentationId id)
        {
            string container = id.ContainerName;
            if (container.Length == 0)
            {
                return null;
            }

            if (id.IsMember || id.Name.EndsWith("#ctor", StringComparison.Ordinal))
            {
                return TypesNamed(compilation, container).Any() ? container : null;
            }

            // A type: its namespace exists in this compilation's references, or it is nested in a type that exists.
            if (TypesNamed(compilation, container).Any())
            {
                return container;
            }

            INamespaceSymbol? ns = compilation.GlobalNamespace;
            foreach (string part in container.Split('.'))
            {
                ns = ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            }

            return ns != null && ns.GetTypeMembers().Length > 0 ? container : null;
        }

        private void AddNames(ISymbol symbol)
        {
            string name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? symbol.ContainingType.Name : symbol.Name;
            _names.Add(name);
            if (symbol is INamedTypeSymbol type)
            {
                // Members of a banned type are banned too, and an attribute is written without its suffix.
                foreach (ISymbol member in type.GetMembers())
                {
                    _names.Add(member.Name);
                }

                if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
                {
                    _names.Add(name.Substring(0, name.Length - "Attribute".Length));
                }
            }
        }

        /// <summary>Adds an alias name whose target may be banned, so name pre-filtering still sees it.</summary>
        public void AddAliasName(string alias) => _names.Add(alias);

        private static Finding FindingFactory(DiagnosticInfo info, string path, TextRange range, params object[] args) =>
            new Finding(info, info.DefaultSeverity, path, range, args);
    }
}
