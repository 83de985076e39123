using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace SpecConstitution.Infrastructure.Files
{
    /// <summary>
    /// The file type bits of stat(2), from the .NET runtime's own native shim (libSystem.Native, present in every .NET
    /// Core host on Unix). Managed APIs cannot tell a FIFO or a device from an empty file: both report
    /// FileAttributes.Normal and Length 0, and opening a FIFO blocks until a writer comes. The shim normalises the
    /// mode bits on every Unix, and FileStatus begins with Flags then Mode (two int32) in every runtime version.
    /// Where the shim is absent (.NET Framework, Windows) there are no FIFOs or devices in a source tree to find.
    /// </summary>
    internal static class UnixFileType
    {
        private const int TypeMask = 0xF000;
        private const int FifoBits = 0x1000;
        private const int CharacterDeviceBits = 0x2000;
        private const int DirectoryBits = 0x4000;
        private const int BlockDeviceBits = 0x6000;
        private const int RegularBits = 0x8000;
        private const int SocketBits = 0xC000;

        /// <summary>Larger than FileStatus in any runtime version; only the first eight bytes are read.</summary>
        private const int StatusBufferBytes = 512;

        // One status buffer per thread, reused: the feature folders are probed file by file on the thread pool.
        [ThreadStatic]
        private static byte[]? _status;

        private static volatile bool _unavailable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>The kind of what <paramref name="path"/> resolves to, or null when the native shim cannot say.</summary>
        public static FileKind? TryGetKind(string path)
        {
            if (_unavailable)
            {
                return null;
            }

            try
            {
                byte[] status = _status ??= new byte[StatusBufferBytes];
                if (Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
                {
                    // Nothing there, or something stat cannot follow: a broken link, a link loop, an unsearchable folder.
                    return File.Exists(path) || Directory.Exists(path) ? FileKind.Unknown : FileKind.Missing;
                }

                return (BitConverter.ToInt32(status, 4) & TypeMask) switch
                {
                    RegularBits => FileKind.Regular,
                    DirectoryBits => FileKind.Directory,
                    FifoBits => FileKind.NamedPipe,
                    CharacterDeviceBits => FileKind.CharacterDevice,
                    BlockDeviceBits => FileKind.BlockDevice,
                    SocketBits => FileKind.Socket,
                    _ => FileKind.Unknown,
                };
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException || ex is BadImageFormatException)
            {
                _unavailable = true;
                return null;
            }
        }

        // The path goes as NUL-terminated UTF-8 bytes, which is what the shim expects, with no string marshalling to configure.
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int Stat(byte[] utf8Path, byte[] status);
    }
}
