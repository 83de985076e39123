using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Reading.Tree
{
    /// <summary>Loads a Spec-Kit tree from disk. Files that cannot be read become SC2099 findings, never exceptions.</summary>
    public static class SpecKitTreeLoader
    {
        public static SpecKitTree Load(string rootPath, string? constitutionPath = null, string? specsDirectory = null)
        {
            ReadCounts.Tree();
            rootPath = Path.GetFullPath(rootPath);
            var findings = new List<Finding>();
            constitutionPath ??= DefaultConstitutionPath(rootPath);
            specsDirectory ??= Path.Combine(rootPath, "specs");

            SourceFile? constitution = null;
            if (FileProbe.KindOf(constitutionPath) != FileKind.Missing)
            {
                // A folder, a FIFO or a device where the constitution should be is a finding, not "no constitution".
                TryReadFile(constitutionPath, findings, out constitution);
            }

            var features = new List<FeatureFolder>();
            if (Directory.Exists(specsDirectory) && TryList(specsDirectory, findings, out string[] entries, directories: true))
            {
                string[] directories = entries
                    .Where(d => FeatureFolder.IsFeatureFolderName(Path.GetFileName(d)))
                    .OrderBy(d => d, StringComparer.Ordinal)
                    .ToArray();

                // Each folder is read and parsed in one step, on the thread pool when there are many (ordered, so the
                // result is unchanged). Parsing a file right after reading it finds its text still in the cache, and a
                // garbage collection meanwhile moves only the few texts in flight: reading every folder before parsing
                // any kept all of them alive through every collection of the parse.
                foreach (FolderRead read in FeatureParallelism.SelectInOrder(directories, ReadFolder))
                {
                    features.Add(read.Feature);
                    findings.AddRange(read.Findings);
                }
            }

            var tree = new SpecKitTree(rootPath, constitution == null ? null : ConstitutionParser.Parse(constitution), features, findings);
            tree.HasSpecifyFolder = SpecKitRoot.IsSpecKitRoot(rootPath) || SpecKitRoot.IsLegacyRoot(rootPath);
            tree.Templates = SpecConstitution.Reading.SpecKit.RepositoryTemplateReader.Read(rootPath);
            string repositoryRoot = SpecKitRoot.RepositoryRoot(rootPath);
            tree.RepositorySource = new Lazy<RepositoryIndex>(() => RepositoryIndex.Build(repositoryRoot, rootPath));
            return tree;
        }

        /// <summary>.specify/memory/constitution.md, or the legacy root-level memory/constitution.md when only that exists.</summary>
        public static string DefaultConstitutionPath(string rootPath)
        {
            string current = Path.Combine(rootPath, ".specify", "memory", "constitution.md");
            string legacy = Path.Combine(rootPath, "memory", "constitution.md");
            return !File.Exists(current) && File.Exists(legacy) ? legacy : current;
        }

        private static FolderRead ReadFolder(string directory)
        {
            var read = new FolderRead();
            var documents = new List<SpecKitDocumentFile>();
            foreach (string path in FeatureFiles(directory, read.Findings))
            {
                TryReadFile(path, read.Findings, out SourceFile? file, byLines: true);
                documents.Add(new SpecKitDocumentFile(path, file));
            }

            read.Feature = SpecKitTreeBuilder.BuildFeature(directory, documents);
            return read;
        }

        /// <summary>
        /// The documents of a feature folder, from one listing of it: a folder that cannot be listed is a finding (every
        /// file in it would otherwise just look absent), and a name that is listed but is no regular file is read, so the
        /// reader reports what it is.
        /// </summary>
        private static IEnumerable<string> FeatureFiles(string directory, List<Finding> findings)
        {
            if (!TryList(directory, findings, out string[] entries, directories: false))
            {
                yield break;
            }

            var names = new HashSet<string>(entries.Select(Path.GetFileName), StringComparer.Ordinal);
            foreach (string name in new[] { "spec.md", "plan.md", "tasks.md" })
            {
                if (names.Contains(name))
                {
                    yield return Path.Combine(directory, name);
                }
            }

            string checklists = Path.Combine(directory, "checklists");
            if (names.Contains("checklists") && Directory.Exists(checklists) && TryList(checklists, findings, out string[] checklistEntries, directories: false))
            {
                foreach (string path in checklistEntries.Where(p => p.EndsWith(".md", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal))
                {
                    yield return path;
                }
            }
        }

        /// <summary>The sub-folders (or every entry) of a folder; SC2099 at the folder when it cannot be listed.</summary>
        private static bool TryList(string directory, List<Finding> findings, out string[] entries, bool directories)
        {
            try
            {
                entries = directories ? Directory.GetDirectories(directory) : Directory.GetFileSystemEntries(directory);
                return true;
            }
            catch (Exception ex) when (FileProbe.IsIoFailure(ex))
            {
                entries = Array.Empty<string>();
                findings.Add(FindingFactory.Create(DiagnosticCatalog.SpecFileUnreadable, directory, TextRange.StartOfFile,
                    Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) + "/", "the folder cannot be listed: " + ex.Message));
                return false;
            }
        }

        // The constitution keeps its exact text (the manifest hashes it); feature documents are read as lines.
        private static bool TryReadFile(string path, List<Finding> findings, out SourceFile? file, bool byLines = false)
        {
            if (byLines ? SpecFileReader.TryReadLines(path, out file, out string error) : SpecFileReader.TryRead(path, out file, out error))
            {
                return true;
            }

            findings.Add(FindingFactory.Create(DiagnosticCatalog.SpecFileUnreadable, path, TextRange.StartOfFile, Path.GetFileName(path), error));
            return false;
        }

        /// <summary>What reading one feature folder produced: the parsed feature, and a finding for each file it could not read.</summary>
        private sealed class FolderRead
        {
            public FeatureFolder Feature { get; set; } = null!;

            public List<Finding> Findings { get; } = new List<Finding>();
        }
    }
}
