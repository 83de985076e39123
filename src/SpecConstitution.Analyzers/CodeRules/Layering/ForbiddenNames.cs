using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecConstitution.Analyzers.CodeRules.References;

namespace SpecConstitution.Analyzers.CodeRules.Layering
{
    /// <summary>
    /// Every identifier that can name something in a forbidden namespace: its types, and the static members and
    /// extension methods reachable without writing a type, plus alias names. A name outside this set needs no binding,
    /// which keeps the layering check cheap in code that references nothing forbidden.
    /// </summary>
    internal static class ForbiddenNames
    {
        public static HashSet<string> Collect(Compilation compilation, IReadOnlyList<LayeringRule> rules, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<INamespaceSymbol>();
            pending.Push(compilation.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamespaceSymbol ns = pending.Pop();
                string name = ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
                if (rules.Any(r => r.MustNotReference.IsMatch(name)))
                {
                    foreach (INamedTypeSymbol type in ns.GetTypeMembers())
                    {
                        AddType(type, names);
                    }
                }

                foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
                {
                    pending.Push(child);
                }
            }

            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                names.UnionWith(NameReference.AliasNames(tree, cancellationToken));
            }

            return names;
        }

        private static void AddType(INamedTypeSymbol type, HashSet<string> names)
        {
            names.Add(type.Name);
            if (type.Name.EndsWith("Attribute", StringComparison.Ordinal) && type.Name.Length > "Attribute".Length)
            {
                names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length)); // [Table] for TableAttribute
            }

            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsStatic && member.CanBeReferencedByName)
                {
                    names.Add(member.Name);
                }
            }

            foreach (INamedTypeSymbol nested in type.GetTypeMembers())
            {
                AddType(nested, names);
            }
        }
    }
}
