using System;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>One <c>options.Conventions.AuthorizeFolder("/Admin")</c>-like call: the pages it covers.</summary>
    internal sealed class PageConvention
    {
        private readonly bool _anyArea;
        private readonly string? _area;
        private readonly string? _path;
        private readonly bool _isFolder;

        /// <param name="area">The area, null for pages outside areas.</param>
        /// <param name="path">The page or folder path, null when computed at run time (every page of the area).</param>
        public PageConvention(string? area, string? path, bool isFolder)
            : this(false, area, path, isFolder)
        {
        }

        private PageConvention(bool anyArea, string? area, string? path, bool isFolder)
        {
            _anyArea = anyArea;
            _area = area;
            _path = path;
            _isFolder = isFolder;
        }

        /// <summary>The convention a call adds; a path or area computed at run time is taken to cover every page (no report it could make false).</summary>
        public static PageConvention? From(IInvocationOperation call)
        {
            string name = call.TargetMethod.Name;
            bool inArea = name.Contains("Area");
            bool isFolder = name.EndsWith("Folder", StringComparison.Ordinal);
            IArgumentOperation? path = RouteArguments.Find(call, isFolder ? "folderPath" : "pageName");
            IArgumentOperation? area = inArea ? RouteArguments.Find(call, "areaName") : null;
            if (path == null || (inArea && area == null))
            {
                return null;
            }

            string? areaName = inArea ? RouteArguments.Constant(area!.Value) : null;
            return new PageConvention(inArea && areaName == null, areaName, RouteArguments.Constant(path.Value), isFolder);
        }

        public bool Covers(RazorPage page)
        {
            if (!_anyArea && !string.Equals(_area, page.Area, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (_path == null)
            {
                return true;
            }

            if (!_isFolder)
            {
                return string.Equals(_path, page.Path, StringComparison.OrdinalIgnoreCase);
            }

            string folder = _path.TrimEnd('/');
            return folder.Length == 0 ||
                   (page.Path.StartsWith(folder, StringComparison.OrdinalIgnoreCase) && page.Path.Length > folder.Length && page.Path[folder.Length] == '/');
        }
    }
}
