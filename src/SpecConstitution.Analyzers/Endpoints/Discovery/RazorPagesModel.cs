using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Razor Pages as the compiler sees them: the Razor source generator turns each <c>.cshtml</c> with <c>@page</c> into
    /// a class deriving from <c>Page</c>, registered by <c>[assembly: RazorCompiledItem(typeof(…), "mvc.1.0.razor-page",
    /// "/Pages/Admin/Edit.cshtml")]</c>, with its <c>@page "{id}"</c> template as <c>RazorCompiledItemMetadata("RouteTemplate", …)</c>
    /// and its model as the type of its <c>Model</c> property. MVC reads a page's endpoint metadata from the attributes of
    /// both classes and from the <c>options.Conventions.Authorize…/AllowAnonymous…</c> calls that cover its path.
    /// Without the generator's output (no page visible), MapRazorPages() stays one endpoint for all the pages it maps.
    /// </summary>
    internal sealed class RazorPagesModel
    {
        private const string PageKind = "mvc.1.0.razor-page";
        private const string HostingNamespace = "Microsoft.AspNetCore.Razor.Hosting";

        /// <summary>The <c>PageConventionCollectionExtensions</c> methods that state a page's authorization.</summary>
        public static readonly IReadOnlyCollection<string> ConventionMethods = new[]
        {
            "AuthorizePage", "AuthorizeFolder", "AuthorizeAreaPage", "AuthorizeAreaFolder",
            "AllowAnonymousToPage", "AllowAnonymousToFolder", "AllowAnonymousToAreaPage", "AllowAnonymousToAreaFolder",
        };

        private readonly Compilation _compilation;
        private readonly EndpointIndex _index;
        private readonly Lazy<IReadOnlyDictionary<INamedTypeSymbol, string>> _pageIdentifiers;
        private readonly Lazy<Dictionary<INamedTypeSymbol, List<(RazorPage Page, Location? Location)>>> _pagesByReporter;
        private readonly Lazy<IReadOnlyList<PageConvention>> _conventions;

        public RazorPagesModel(Compilation compilation, EndpointIndex index)
        {
            _compilation = compilation;
            _index = index;
            _pageIdentifiers = new Lazy<IReadOnlyDictionary<INamedTypeSymbol, string>>(FindPages, System.Threading.LazyThreadSafetyMode.PublicationOnly);
            _conventions = new Lazy<IReadOnlyList<PageConvention>>(FindConventions, System.Threading.LazyThreadSafetyMode.PublicationOnly);
            _pagesByReporter = new Lazy<Dictionary<INamedTypeSymbol, List<(RazorPage, Location?)>>>(PagesByReporter, System.Threading.LazyThreadSafetyMode.PublicationOnly);
        }

        /// <summary>
        /// A class the Razor generator may have made of a page (its base is <c>Page</c>) or a page's model (a
        /// <c>PageModel</c>): the only types worth asking <see cref="Endpoints"/>.
        /// </summary>
        public static bool MayBePageOrModel(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class || type.BaseType is not INamedTypeSymbol baseType)
            {
                return false;
            }

            if (baseType.Name == "Page")
            {
                return true;
            }

            for (INamedTypeSymbol? current = baseType; current != null; current = current.BaseType)
            {
                if (current.Name == "PageModel")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the compilation holds the generated class of any page: then each page is its own endpoint.</summary>
        public bool HasVisiblePages => _pageIdentifiers.Value.Count > 0;

        /// <summary>
        /// ASP.NET Core Identity's default UI is referenced: MapRazorPages() also maps its pages, compiled into that
        /// library, which the compiler cannot see (SC1007), except those the app overrides with pages of its own.
        /// </summary>
        public bool MapsLibraryPages => _compilation.ReferencedAssemblyNames.Any(assembly => assembly.Name == IdentityUi.AssemblyName);

        /// <summary>The page a generated page class registered as <paramref name="identifier"/> is; null outside the default /Pages root.</summary>
        private static RazorPage? PageOf(INamedTypeSymbol type, string identifier)
        {
            INamedTypeSymbol? model = type.GetMembers("Model").OfType<IPropertySymbol>().FirstOrDefault()?.Type as INamedTypeSymbol;
            return RazorPage.From(type, model is { TypeKind: TypeKind.Class } && model.SpecialType == SpecialType.None ? model : null, identifier, RouteTemplateOf(type));
        }

        /// <summary>
        /// The pages a type stands for, when the app maps its pages. A PageModel of the app's source stands for the pages
        /// that use it, reported at its declaration, so that the IDE shows them with the model and its fix edits it; a
        /// generated page class stands for itself only when it has no such model, reported at MapRazorPages().
        /// </summary>
        public IEnumerable<Endpoint> Endpoints(INamedTypeSymbol type)
        {
            if (!HasVisiblePages || _index.MapRazorPagesCalls.Count == 0)
            {
                yield break;
            }

            if (!_pagesByReporter.Value.TryGetValue(type, out List<(RazorPage Page, Location? Location)>? pages))
            {
                yield break;
            }

            foreach ((RazorPage page, Location? location) in pages)
            {
                yield return Endpoint.ForPage(page, location ?? MinimalApiEndpoint.NameSyntax(_index.MapRazorPagesCalls[0]).GetLocation());
            }
        }

        // Each page under the type that reports it: its model when that is in the app's source, else the page class itself.
        private Dictionary<INamedTypeSymbol, List<(RazorPage, Location?)>> PagesByReporter()
        {
            var byReporter = new Dictionary<INamedTypeSymbol, List<(RazorPage, Location?)>>(SymbolEqualityComparer.Default);
            foreach (RazorPage page in _pageIdentifiers.Value.Select(registered => PageOf(registered.Key, registered.Value)).OfType<RazorPage>())
            {
                Location? model = page.ModelType?.Locations.FirstOrDefault(l => l.IsInSource && !IsGenerated(l.SourceTree!));
                INamedTypeSymbol reporter = model != null ? page.ModelType!.OriginalDefinition : page.PageType;
                if (!byReporter.TryGetValue(reporter, out List<(RazorPage, Location?)>? pages))
                {
                    byReporter.Add(reporter, pages = new List<(RazorPage, Location?)>());
                }

                pages.Add((page, model));
            }

            return byReporter;
        }

        private static bool IsGenerated(SyntaxTree tree) => tree.FilePath.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a Razor convention call (or Identity UI's own) authorizes the page or lets it be anonymous.</summary>
        public bool StatesAuthorization(RazorPage page) => _conventions.Value.Any(convention => convention.Covers(page));

        // The generator registers every page in an assembly attribute: reading them binds no method body.
        private IReadOnlyDictionary<INamedTypeSymbol, string> FindPages()
        {
            var pages = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            foreach (AttributeData attribute in _compilation.Assembly.GetAttributes())
            {
                if (AspNetCoreSymbols.IsOrDerivesNamed(attribute.AttributeClass, HostingNamespace, "RazorCompiledItemAttribute") &&
                    attribute.ConstructorArguments.Length == 3 &&
                    attribute.ConstructorArguments[0].Value is INamedTypeSymbol page &&
                    attribute.ConstructorArguments[1].Value as string == PageKind &&
                    attribute.ConstructorArguments[2].Value is string identifier)
                {
                    pages[page] = identifier;
                }
            }

            return pages;
        }

        private static string? RouteTemplateOf(INamedTypeSymbol page) => page.GetAttributes()
            .Where(a => a.AttributeClass is { Name: "RazorCompiledItemMetadataAttribute" } && a.ConstructorArguments.Length == 2 && a.ConstructorArguments[0].Value as string == "RouteTemplate")
            .Select(a => a.ConstructorArguments[1].Value as string)
            .FirstOrDefault();

        private IReadOnlyList<PageConvention> FindConventions()
        {
            var conventions = new List<PageConvention>();
            foreach (IInvocationOperation call in _index.FindInvocations(ConventionMethods).OfType<IInvocationOperation>())
            {
                if (call.TargetMethod.ContainingType is { Name: "PageConventionCollectionExtensions" } &&
                    PageConvention.From(call) is PageConvention convention)
                {
                    conventions.Add(convention);
                }
            }

            if (MapsLibraryPages)
            {
                conventions.AddRange(IdentityUi.Conventions);
            }

            return conventions;
        }

        /// <summary>What ASP.NET Core Identity's default UI adds to the app's page conventions when it is referenced.</summary>
        private static class IdentityUi
        {
            public const string AssemblyName = "Microsoft.AspNetCore.Identity.UI";

            public static readonly PageConvention[] Conventions =
            {
                new PageConvention("Identity", "/Account/Manage", isFolder: true),
                new PageConvention("Identity", "/Account/Logout", isFolder: false),
            };
        }
    }
}
