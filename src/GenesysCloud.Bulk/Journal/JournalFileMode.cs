namespace GenesysCloud.Bulk.Journal;

/// <summary>Keeps a journal file private to its user on Unix: a new folder 0700, the file 0600.</summary>
internal static class JournalFileMode
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Restrict(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath);
        if (OperatingSystem.IsWindows())
        {
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            return;
        }

        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        if (!File.Exists(fullPath))
            new FileStream(fullPath, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile }).Dispose();
        else if ((File.GetUnixFileMode(fullPath) & ~OwnerOnlyFile) != 0)
            File.SetUnixFileMode(fullPath, OwnerOnlyFile);
    }
}
