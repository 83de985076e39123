using System;
using System.Collections.Generic;

namespace SpecConstitution.Checks.Ownership
{
    /// <summary>A project that can own features: its file, the features it claims explicitly, and whether it is a test project.</summary>
    public sealed class OwnershipCandidate
    {
        public OwnershipCandidate(string projectFile, IReadOnlyList<string> claimedFeatures, bool isTest)
        {
            ProjectFile = projectFile;
            ClaimedFeatures = claimedFeatures ?? Array.Empty<string>();
            IsTest = isTest;
        }

        /// <summary>Full path of the project file.</summary>
        public string ProjectFile { get; }

        /// <summary>Feature folder names (or their number prefixes) claimed with SpecConstitutionFeature.</summary>
        public IReadOnlyList<string> ClaimedFeatures { get; }

        public bool IsTest { get; }
    }
}
