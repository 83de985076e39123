using System.Collections.Generic;
using SpecConstitution.Diagnostics;

using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>Everything read from one Spec-Kit root: constitution and feature folders, plus what could not be read.</summary>
    public sealed class SpecKitTree
    {
        public SpecKitTree(string rootPath, ConstitutionDocument? constitution, IReadOnlyList<FeatureFolder> features, IReadOnlyList<Finding> readFindings)
        {
            RootPath = rootPath;
            Constitution = constitution;
            Features = features;
            ReadFindings = readFindings;
        }

        public string RootPath { get; }

        public ConstitutionDocument? Constitution { get; }

        public IReadOnlyList<FeatureFolder> Features { get; }

        public IReadOnlyList<Finding> ReadFindings { get; }

        /// <summary>The same tree with only some of its features (those a project owns): what that project's manifest and gates judge.</summary>
        public SpecKitTree WithFeatures(IReadOnlyList<FeatureFolder> features) =>
            new SpecKitTree(RootPath, Constitution, features, ReadFindings) { HasSpecifyFolder = HasSpecifyFolder, _repository = _repository, Templates = Templates };

        /// <summary>The repository's own spec and plan templates (None in memory, or when it keeps none: the built-in ones apply).</summary>
        public RepositoryTemplates Templates { get; internal set; } = RepositoryTemplates.None;

        /// <summary>Whether the root holds a <c>.specify/</c> folder (or the legacy root-level <c>memory/constitution.md</c>).</summary>
        public bool HasSpecifyFolder { get; internal set; }

        /// <summary>The repository's files, for checks that ask whether a path exists; null when the tree came from memory (the IDE).
        /// Built on first use: only a tree with completed tasks that name files needs it.</summary>
        public RepositoryIndex? Repository => _repository?.Value;

        internal System.Lazy<RepositoryIndex>? RepositorySource
        {
            set => _repository = value;
        }

        private System.Lazy<RepositoryIndex>? _repository;
    }
}
