using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>One page: its view engine path (<c>/Admin/Edit</c>), its area, its route, and the two classes MVC reads its metadata from.</summary>
    internal sealed class RazorPage
    {
        private RazorPage(INamedTypeSymbol pageType, INamedTypeSymbol? modelType, string? area, string path, string route)
        {
            PageType = pageType;
            ModelType = modelType;
            Area = area;
            Path = path;
            Route = route;
        }

        public INamedTypeSymbol PageType { get; }

        /// <summary>The PageModel (<c>@model EditModel</c>), or null for a page without one.</summary>
        public INamedTypeSymbol? ModelType { get; }

        public string? Area { get; }

        /// <summary>The view engine path: <c>/Admin/Edit</c> for <c>/Pages/Admin/Edit.cshtml</c> and for <c>/Areas/A/Pages/Admin/Edit.cshtml</c>.</summary>
        public string Path { get; }

        /// <summary>The route the page answers at; an Index page is named by its folder's route (MVC also maps the same with <c>/Index</c>).</summary>
        public string Route { get; }

        /// <summary>The attributes MVC puts in the page's metadata: the page's own (<c>@attribute</c>) and its model's, bases included.</summary>
        public IEnumerable<AttributeData> Attributes
        {
            get
            {
                foreach (AttributeData attribute in PageType.GetAttributes())
                {
                    yield return attribute;
                }

                for (INamedTypeSymbol? type = ModelType; type != null && type.SpecialType == SpecialType.None; type = type.BaseType)
                {
                    foreach (AttributeData attribute in type.GetAttributes())
                    {
                        yield return attribute;
                    }
                }
            }
        }

        public static RazorPage? From(INamedTypeSymbol pageType, INamedTypeSymbol? modelType, string identifier, string? template)
        {
            // "/Pages/Admin/Edit.cshtml" or "/Areas/Identity/Pages/Account/Login.cshtml" (the default root, /Pages).
            const string Extension = ".cshtml";
            if (!identifier.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string[] segments = identifier.Substring(0, identifier.Length - Extension.Length).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            string? area = null;
            int start;
            if (segments.Length > 3 && segments[0] == "Areas" && segments[2] == "Pages")
            {
                area = segments[1];
                start = 3;
            }
            else if (segments.Length > 1 && segments[0] == "Pages")
            {
                start = 1;
            }
            else
            {
                return null;
            }

            string path = "/" + string.Join("/", segments.Skip(start));
            string[] routed = segments.Skip(start).ToArray();
            if (routed[routed.Length - 1] == "Index")
            {
                routed = routed.Take(routed.Length - 1).ToArray();
            }

            string route = template != null && (template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal))
                ? RouteTemplate.Combine(template.TrimStart('~'))
                : RouteTemplate.Combine(new[] { area }.Concat(routed).Append(template).ToArray());
            return new RazorPage(pageType, modelType, area, path, route);
        }
    }
}
