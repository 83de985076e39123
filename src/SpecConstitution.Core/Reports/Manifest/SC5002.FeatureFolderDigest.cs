using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Hashing;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>
    /// One digest for a feature folder: sha256 over "relative-path NUL sha256-of-bytes LF" for every regular file, in
    /// ordinal path order. Any edit, addition or removal in the folder changes it; checkout line endings do too.
    /// The walk never follows a link to a folder (two links into each other would never end), hashes only regular
    /// files (a FIFO blocks, /dev/zero never ends) and stops hashing at <see cref="ByteBudget"/>. What it leaves out
    /// still changes the digest (its name and why) and is reported as SC5002 at the path.
    /// </summary>
    public static class FeatureFolderDigest
    {
        /// <summary>Spec-Kit feature folders hold a few KB of markdown; more than this per feature is not a spec.</summary>
        public const long ByteBudget = 64L * 1024 * 1024;

        public static string Compute(string folder, ICollection<Finding>? problems = null, long byteBudget = ByteBudget)
        {
            var files = new List<(string Relative, string Full)>();
            var skipped = new List<(string Path, string Reason)>();
            Walk(folder, folder, files, skipped);

            var listing = new StringBuilder();
            long remaining = byteBudget;
            foreach ((string relative, string full) in files.OrderBy(f => f.Relative, StringComparer.Ordinal))
            {
                string? digest = TryHash(full, ref remaining, out string reason);
                if (digest == null)
                {
                    skipped.Add((full, reason));
                    listing.Append(relative).Append('\0').Append("not hashed").Append('\n');
                    continue;
                }

                listing.Append(relative).Append('\0').Append(digest).Append('\n');
            }

            foreach ((string path, string reason) in skipped.OrderBy(s => s.Path, StringComparer.Ordinal))
            {
                problems?.Add(FindingFactory.Create(DiagnosticCatalog.ManifestFileSkipped, path, TextRange.StartOfFile, path, reason));
            }

            return Sha256.OfText(listing.ToString());
        }

        private static void Walk(string root, string directory, List<(string, string)> files, List<(string, string)> skipped)
        {
            FileSystemInfo[] entries;
            try
            {
                // The listing carries each entry's type and attributes: no further system call to tell folders and links apart.
                entries = new DirectoryInfo(directory).GetFileSystemInfos();
            }
            catch (Exception ex) when (FileProbe.IsIoFailure(ex))
            {
                skipped.Add((directory, "the folder cannot be listed: " + ex.Message));
                return;
            }

            foreach (FileSystemInfo info in entries)
            {
                string entry = info.FullName;
                if (info is DirectoryInfo)
                {
                    if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
                    {
                        skipped.Add((entry, "it is a link to a folder; links to folders are not followed (one can lead outside the repository or back into itself)"));
                    }
                    else
                    {
                        Walk(root, entry, files, skipped);
                    }

                    continue;
                }

                files.Add((DeployManifestBuilder.RelativePath(root, entry), entry));
            }
        }

        /// <summary>The file's sha256, or null with the reason: not a regular file, unreadable, or over the remaining budget.</summary>
        private static string? TryHash(string path, ref long remaining, out string reason)
        {
            if (!FileProbe.TryOpenRegular(path, out FileStream? opened, out reason))
            {
                return null;
            }

            try
            {
                using FileStream stream = opened!;
                long length = stream.Length;
                if (length > remaining)
                {
                    reason = $"it is {length:N0} bytes, over what is left of the {ByteBudget:N0}-byte budget for one feature folder";
                    return null;
                }

                remaining -= length;
                return Sha256.OfStream(stream, length);
            }
            catch (Exception ex) when (FileProbe.IsIoFailure(ex))
            {
                reason = ex.Message;
                return null;
            }
        }
    }
}
