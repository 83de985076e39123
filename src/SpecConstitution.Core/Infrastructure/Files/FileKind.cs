namespace SpecConstitution.Infrastructure.Files
{
    /// <summary>What a path is once its links are followed. Only <see cref="Regular"/> files are ever opened.</summary>
    public enum FileKind
    {
        Missing,
        Regular,
        Directory,
        NamedPipe,
        CharacterDevice,
        BlockDevice,
        Socket,

        /// <summary>The file system would not say (permission denied on a parent folder, an I/O error).</summary>
        Unknown,
    }
}
