using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>MVC's controller and action discovery rules, applied to symbols.</summary>
    internal sealed class ControllerModel
    {
        private readonly AspNetCoreSymbols _symbols;

        public ControllerModel(AspNetCoreSymbols symbols)
        {
            _symbols = symbols;
        }

        /// <summary>
        /// As MVC's ControllerFeatureProvider: a public, non-abstract, non-generic class, not [NonController],
        /// whose name ends with "Controller" or that has [Controller] on it or a base (ControllerBase carries it).
        /// </summary>
        public bool IsController(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsGenericType || !IsPubliclyVisible(type))
            {
                return false;
            }

            if (HasAttributeInHierarchy(type, _symbols.NonControllerAttribute))
            {
                return false;
            }

            return type.Name.EndsWith("Controller", StringComparison.Ordinal) || HasAttributeInHierarchy(type, _symbols.ControllerAttribute);
        }

        /// <summary>
        /// The controller's endpoints: attribute-routed actions always; conventionally routed ones when the app maps a
        /// conventional route (or maps no controllers in this compilation at all, as a library of controllers).
        /// </summary>
        /// <param name="mappings">The app's MapControllers() calls with their group prefixes: an attribute-routed action is one endpoint per prefix, judged by that call's conventions.</param>
        public IEnumerable<Endpoint> Endpoints(INamedTypeSymbol controller, EndpointIndex index, ControllerMappings mappings)
        {
            if (!IsController(controller))
            {
                yield break;
            }

            bool conventionalRoutesExist = index.HasConventionalControllerRoutes || !index.MapsControllers;
            var routing = new ControllerRouting(controller, RouteTemplates(controller).FirstOrDefault(), Area(controller));
            foreach (IMethodSymbol action in Actions(controller))
            {
                // MVC routes an action by attribute when it or its controller has a route template; otherwise conventionally.
                string? own = RouteTemplates(action).FirstOrDefault();
                bool attributeRouted = routing.Prefix != null || own != null;
                if (!attributeRouted && !conventionalRoutesExist)
                {
                    continue;
                }

                string route = routing.Route(action, own);
                foreach (Location location in action.Locations)
                {
                    if (!location.IsInSource)
                    {
                        continue;
                    }

                    if (!attributeRouted || mappings.AreAtRoot)
                    {
                        yield return Endpoint.ForAction(controller, action, attributeRouted, Verb(action), route, location);
                        continue;
                    }

                    foreach (ControllerMapping mapping in mappings.Entries)
                    {
                        yield return Endpoint.ForAction(controller, action, attributeRouted, Verb(action), RouteTemplate.Combine(mapping.Prefix, route), location, mapping);
                    }
                }
            }
        }

        /// <summary>The attributes MVC puts in an action's metadata: the action's (and the methods it overrides), then the controller's with its bases.</summary>
        public IEnumerable<AttributeData> ActionAndControllerAttributes(INamedTypeSymbol controller, IMethodSymbol action)
        {
            for (IMethodSymbol? method = action; method != null; method = method.OverriddenMethod)
            {
                foreach (AttributeData attribute in method.GetAttributes())
                {
                    yield return attribute;
                }
            }

            foreach (INamedTypeSymbol type in Hierarchy(controller))
            {
                foreach (AttributeData attribute in type.GetAttributes())
                {
                    yield return attribute;
                }
            }
        }

        /// <summary>
        /// As MVC: public instance methods that are not special, generic, [NonAction], or declared by object, including
        /// those inherited from base classes declared in this compilation (the framework's own bases mark theirs [NonAction]).
        /// An override hides the method it overrides.
        /// </summary>
        public IEnumerable<IMethodSymbol> Actions(INamedTypeSymbol controller)
        {
            var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            for (INamedTypeSymbol? type = controller; type != null && type.Locations.Any(l => l.IsInSource); type = type.BaseType)
            {
                foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
                {
                    if (method.OverriddenMethod != null)
                    {
                        overridden.Add(method.OverriddenMethod.OriginalDefinition);
                    }

                    if (!overridden.Contains(method.OriginalDefinition) && IsAction(method))
                    {
                        yield return method;
                    }
                }
            }
        }

        private bool IsAction(IMethodSymbol m) =>
            m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && !m.IsAbstract &&
            !m.IsGenericMethod && !HasAttribute(m, _symbols.NonActionAttribute) && !IsDispose(m);

        /// <summary>The value of [Area("name")] on the controller or a base (MVC's [area] route token).</summary>
        private static string? Area(INamedTypeSymbol controller) => Hierarchy(controller)
            .SelectMany(t => t.GetAttributes())
            .Where(a => AspNetCoreSymbols.IsOrDerivesNamed(a.AttributeClass, "Microsoft.AspNetCore.Mvc", "AreaAttribute"))
            .Select(AttributeArguments.FirstString)
            .FirstOrDefault(v => v != null);

        public string Verb(IMethodSymbol action)
        {
            foreach (AttributeData attribute in MethodChain(action).SelectMany(m => m.GetAttributes()))
            {
                string? name = attribute.AttributeClass?.Name;
                if (name != null && name.StartsWith("Http", StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal) &&
                    InheritsFrom(attribute.AttributeClass, _symbols.HttpMethodAttribute))
                {
                    return name.Substring(4, name.Length - 4 - "Attribute".Length).ToUpperInvariant();
                }
            }

            return string.Empty;
        }

        public bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType) =>
            attributeType != null && symbol.GetAttributes().Any(a => InheritsFrom(a.AttributeClass, attributeType));

        /// <summary>The attribute on the type or any base type (MVC reads controller attributes with inheritance).</summary>
        public bool HasAttributeInHierarchy(INamedTypeSymbol type, INamedTypeSymbol? attributeType)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (HasAttribute(current, attributeType))
                {
                    return true;
                }
            }

            return false;
        }

        private IEnumerable<string> RouteTemplates(ISymbol symbol)
        {
            IEnumerable<ISymbol> owners = symbol switch
            {
                INamedTypeSymbol type => Hierarchy(type),
                IMethodSymbol method => MethodChain(method),
                _ => new[] { symbol },
            };
            foreach (ISymbol owner in owners)
            {
                foreach (AttributeData attribute in owner.GetAttributes())
                {
                    if (attribute.AttributeClass == null || !Implements(attribute.AttributeClass, _symbols.RouteTemplateProvider))
                    {
                        continue;
                    }

                    if (AttributeArguments.FirstString(attribute) is string template)
                    {
                        yield return template;
                    }
                }
            }
        }

        /// <summary>The method and the methods it overrides: MVC reads action attributes with inheritance.</summary>
        private static IEnumerable<IMethodSymbol> MethodChain(IMethodSymbol method)
        {
            for (IMethodSymbol? current = method; current != null; current = current.OverriddenMethod)
            {
                yield return current;
            }
        }

        private static IEnumerable<INamedTypeSymbol> Hierarchy(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                yield return current;
            }
        }

        private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
        {
            for (INamedTypeSymbol? current = type; current != null && baseType != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol? interfaceType) =>
            interfaceType != null && type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, interfaceType));

        private static bool IsDispose(IMethodSymbol method) => method.Name == "Dispose" && method.Parameters.Length == 0;

        private static bool IsPubliclyVisible(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility != Accessibility.Public)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
