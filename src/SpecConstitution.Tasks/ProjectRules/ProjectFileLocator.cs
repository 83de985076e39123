using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Tasks.ProjectRules
{
    /// <summary>
    /// Finds the line of an element in MSBuild XML files (project, Directory.Build.props, Directory.Packages.props),
    /// so SC4xxx findings point where the user edits. Each file is loaded once.
    /// </summary>
    internal sealed class ProjectFileLocator
    {
        private readonly Dictionary<string, XDocument?> _documents = new Dictionary<string, XDocument?>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The first element named <paramref name="elementName"/> whose Include or Update is <paramref name="itemId"/>.</summary>
        public XElement? FindItem(string? file, string elementName, string itemId) =>
            Elements(file, elementName).FirstOrDefault(e =>
                string.Equals((string?)e.Attribute("Include"), itemId, StringComparison.OrdinalIgnoreCase) ||
                string.Equals((string?)e.Attribute("Update"), itemId, StringComparison.OrdinalIgnoreCase));

        /// <summary>The first TargetFramework(s) element naming the moniker, else the first such element at all.</summary>
        public XElement? FindTargetFramework(string? file, string moniker)
        {
            XElement[] candidates = Elements(file, "TargetFrameworks").Concat(Elements(file, "TargetFramework")).ToArray();
            return candidates.FirstOrDefault(e => e.Value.Split(';').Any(v => string.Equals(v.Trim(), moniker, StringComparison.OrdinalIgnoreCase)))
                ?? candidates.FirstOrDefault();
        }

        /// <summary>True when the element or an enclosing ItemGroup/PropertyGroup/Choose has a Condition: it may not apply to every target framework.</summary>
        public static bool IsConditional(XElement element)
        {
            for (XElement? current = element; current != null; current = current.Parent)
            {
                if (current.Attribute("Condition") != null || current.Name.LocalName == "When")
                {
                    return true;
                }
            }

            return false;
        }

        public static TextRange RangeOf(XElement? element)
        {
            var info = (IXmlLineInfo?)element;
            if (info == null || !info.HasLineInfo())
            {
                return TextRange.StartOfFile;
            }

            // Line info points at the element name; the range starts at its '<'.
            int column = Math.Max(1, info.LinePosition - 1);
            return TextRange.OnLine(info.LineNumber, column, element!.Name.LocalName.Length + 1);
        }

        private IEnumerable<XElement> Elements(string? file, string localName)
        {
            XDocument? document = Load(file);
            return document == null ? Enumerable.Empty<XElement>() : document.Descendants().Where(e => e.Name.LocalName == localName);
        }

        private XDocument? Load(string? file)
        {
            if (string.IsNullOrEmpty(file))
            {
                return null;
            }

            if (!_documents.TryGetValue(file!, out XDocument? document))
            {
                try
                {
                    document = File.Exists(file) ? XDocument.Load(file, LoadOptions.SetLineInfo) : null;
                }
                catch (XmlException)
                {
                    // MSBuild has already evaluated it; if we cannot read it the finding falls back to the project file's start.
                    document = null;
                }

                _documents[file!] = document;
            }

            return document;
        }
    }
}
