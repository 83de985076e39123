using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.Analyzers.CodeRules.Requirements
{
    /// <summary>
    /// One requirement cited by an attribute: <c>[Requirement("FR-001")]</c>, xunit <c>[Trait("Requirement", "FR-001")]</c>,
    /// NUnit <c>[Property("Requirement", "FR-001")]</c> or MSTest <c>[TestProperty("Requirement", "FR-001")]</c>.
    /// </summary>
    internal sealed class RequirementCitation
    {
        public const string TraitName = "Requirement";

        private RequirementCitation(string cited, AttributeData attribute, int argumentIndex)
        {
            Cited = cited;
            Attribute = attribute;
            ArgumentIndex = argumentIndex;
        }

        public string Cited { get; }

        public AttributeData Attribute { get; }

        /// <summary>Which constructor argument holds the ID (0 for Requirement, 1 for name/value traits).</summary>
        public int ArgumentIndex { get; }

        public Location? ArgumentLocation(System.Threading.CancellationToken cancellationToken)
        {
            if (Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax &&
                syntax.ArgumentList != null && syntax.ArgumentList.Arguments.Count > ArgumentIndex)
            {
                return syntax.ArgumentList.Arguments[ArgumentIndex].Expression.GetLocation();
            }

            return null;
        }

        public static IEnumerable<RequirementCitation> Of(ISymbol symbol, CitationAttributes attributes)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                RequirementCitation? citation = From(attribute, attributes);
                if (citation != null)
                {
                    yield return citation;
                }
            }
        }

        private static RequirementCitation? From(AttributeData attribute, CitationAttributes attributes)
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            var arguments = attribute.ConstructorArguments;
            if (type == null || arguments.IsDefaultOrEmpty)
            {
                return null;
            }

            if (attributes.IsRequirement(type))
            {
                return arguments[0].Value is string id ? new RequirementCitation(id, attribute, 0) : null;
            }

            if (attributes.IsNameValueTrait(type) && arguments.Length == 2 &&
                arguments[0].Value is string name && string.Equals(name, TraitName, StringComparison.OrdinalIgnoreCase) &&
                arguments[1].Value is string value)
            {
                return new RequirementCitation(value, attribute, 1);
            }

            return null;
        }
    }

    /// <summary>The citing attribute types this compilation knows, resolved once.</summary>
    internal sealed class CitationAttributes
    {
        /// <summary>The attribute the package's compile-time reference (SpecConstitution.Annotations) declares.</summary>
        public const string RequirementMetadataName = "SpecConstitution.RequirementAttribute";

        private readonly INamedTypeSymbol? _requirement;
        private readonly INamedTypeSymbol?[] _traits;

        public CitationAttributes(Compilation compilation)
        {
            _requirement = compilation.GetTypeByMetadataName(RequirementMetadataName);
            _traits = new[]
            {
                compilation.GetTypeByMetadataName("Xunit.TraitAttribute"),
                compilation.GetTypeByMetadataName("NUnit.Framework.PropertyAttribute"),
                compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestPropertyAttribute"),
            };
        }

        /// <summary>A cheap syntactic pre-check: the attribute's name is one of the citing attributes' (aliases are not followed).</summary>
        public static bool MayCite(NameSyntax name)
        {
            string text = name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            if (text.EndsWith("Attribute", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - "Attribute".Length);
            }

            return text == "Requirement" || text == "Trait" || text == "Property" || text == "TestProperty";
        }

        public bool IsEmpty => _requirement == null && Array.TrueForAll(_traits, t => t == null);

        public bool IsRequirement(INamedTypeSymbol type) =>
            _requirement != null ? SymbolEqualityComparer.Default.Equals(type, _requirement) : type.ToDisplayString() == RequirementMetadataName;

        public bool IsNameValueTrait(INamedTypeSymbol type) => Array.Exists(_traits, t => t != null && SymbolEqualityComparer.Default.Equals(type, t));
    }
}
