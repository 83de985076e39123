using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Diagnostics;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>Loads a Spec-Kit tree from disk. Files that cannot be read become SC2099 findings, never exceptions.</summary>
    public static class SpecKitTreeLoader
    {
        private static readonly Regex FeatureFolderName = new Regex(@"^(\d{3,}|\d{8}-\d{6})-.+", RegexOptions.CultureInvariant);

        public static SpecKitTree Load(string rootPath, string? constitutionPath = null, string? specsDirectory = null)
        {
            var findings = new List<Finding>();
            constitutionPath ??= Path.Combine(rootPath, ".specify", "memory", "constitution.md");
            specsDirectory ??= Path.Combine(rootPath, "specs");

            ConstitutionDocument? constitution = null;
            if (File.Exists(constitutionPath) && TryReadFile(constitutionPath, findings, out SourceFile? constitutionFile))
            {
                constitution = ConstitutionParser.Parse(constitutionFile!);
            }

            var features = new List<FeatureFolder>();
            if (Directory.Exists(specsDirectory))
            {
                foreach (string directory in Directory.GetDirectories(specsDirectory).OrderBy(d => d, StringComparer.Ordinal))
                {
                    string name = Path.GetFileName(directory);
                    if (!FeatureFolderName.IsMatch(name))
                    {
                        continue;
                    }

                    features.Add(LoadFeature(name, directory, findings));
                }
            }

            return new SpecKitTree(rootPath, constitution, features, findings);
        }

        private static FeatureFolder LoadFeature(string name, string directory, List<Finding> findings)
        {
            string? Existing(string fileName)
            {
                string path = Path.Combine(directory, fileName);
                return File.Exists(path) ? path : null;
            }

            var feature = new FeatureFolder(name, directory, Existing("spec.md"), Existing("plan.md"), Existing("tasks.md"));
            if (feature.SpecPath != null && TryReadFile(feature.SpecPath, findings, out SourceFile? spec))
            {
                feature.Spec = SpecParser.Parse(spec!);
            }

            if (feature.PlanPath != null && TryReadFile(feature.PlanPath, findings, out SourceFile? plan))
            {
                feature.Plan = PlanParser.Parse(plan!);
            }

            if (feature.TasksPath != null && TryReadFile(feature.TasksPath, findings, out SourceFile? tasks))
            {
                feature.Tasks = TasksParser.Parse(tasks!);
            }

            return feature;
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
    }
}
