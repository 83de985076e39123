using System.IO;

namespace SpecConstitution.SpecKit
{
    /// <summary>Finds the repository root a project belongs to: the nearest folder holding <c>.specify/</c>, else <c>.git</c>.</summary>
    public static class SpecKitRoot
    {
        public static string? Find(string startDirectory)
        {
            string? gitRoot = null;
            for (DirectoryInfo? dir = new DirectoryInfo(startDirectory); dir != null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, ".specify")))
                {
                    return dir.FullName;
                }

                if (gitRoot == null && (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))))
                {
                    gitRoot = dir.FullName;
                }
            }

            return gitRoot;
        }
    }
}
