using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>Loads a Spec-Kit tree from disk. Files that cannot be read become SC2099 findings, never exceptions.</summary>
    public static class SpecKitTreeLoader
    {
        public static SpecKitTree Load(string rootPath, string? constitutionPath = null, string? specsDirectory = null)
        {
            rootPath = Path.GetFullPath(rootPath);
            var findings = new List<Finding>();
            constitutionPath ??= DefaultConstitutionPath(rootPath);
            specsDirectory ??= Path.Combine(rootPath, "specs");

            SourceFile? constitution = null;
            if (File.Exists(constitutionPath))
            {
                TryReadFile(constitutionPath, findings, out constitution);
            }

            var documents = new List<SpecKitDocumentFile>();
            if (Directory.Exists(specsDirectory))
            {
                string[] directories = Directory.GetDirectories(specsDirectory)
                    .Where(d => FeatureFolder.IsFeatureFolderName(Path.GetFileName(d)))
                    .OrderBy(d => d, StringComparer.Ordinal)
                    .ToArray();

                // Reading is mostly system calls (stat, open, read) that each cost CPU time even from the page cache:
                // read the folders on the thread pool too when there are many (ordered, so the result is unchanged).
                foreach (FolderRead read in FeatureParallelism.SelectInOrder(directories, ReadFolder))
                {
                    documents.AddRange(read.Documents);
                    findings.AddRange(read.Findings);
                }
            }

            SpecKitTree tree = SpecKitTreeBuilder.Build(rootPath, constitution, documents, findings);
            tree.HasSpecifyFolder = SpecKitRoot.IsSpecKitRoot(rootPath) || SpecKitRoot.IsLegacyRoot(rootPath);
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
            read.Documents.Add(new SpecKitDocumentFile(directory + Path.DirectorySeparatorChar, null)); // the folder itself, even when empty
            foreach (string path in FeatureFiles(directory))
            {
                TryReadFile(path, read.Findings, out SourceFile? file);
                read.Documents.Add(new SpecKitDocumentFile(path, file));
            }

            return read;
        }

        private static IEnumerable<string> FeatureFiles(string directory)
        {
            foreach (string name in new[] { "spec.md", "plan.md", "tasks.md" })
            {
                string path = Path.Combine(directory, name);
                if (File.Exists(path))
                {
                    yield return path;
                }
            }

            string checklists = Path.Combine(directory, "checklists");
            if (Directory.Exists(checklists))
            {
                foreach (string path in Directory.GetFiles(checklists, "*.md").OrderBy(p => p, StringComparer.Ordinal))
                {
                    yield return path;
                }
            }
        }

        private static bool TryReadFile(string path, List<Finding> findings, out SourceFile? file)
        {
            if (SpecFileReader.TryRead(path, out file, out string error))
            {
                return true;
            }

            findings.Add(FindingFactory.Create(DiagnosticCatalog.SpecFileUnreadable, path, TextRange.StartOfFile, Path.GetFileName(path), error));
            return false;
        }

        /// <summary>What reading one feature folder produced: its documents, and a finding for each file it could not read.</summary>
        private sealed class FolderRead
        {
            public List<SpecKitDocumentFile> Documents { get; } = new List<SpecKitDocumentFile>();

            public List<Finding> Findings { get; } = new List<Finding>();
        }
    }
}
