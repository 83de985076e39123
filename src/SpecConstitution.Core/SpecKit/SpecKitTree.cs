using System.Collections.Generic;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.SpecKit
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
    }
}
