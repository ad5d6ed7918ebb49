using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Tests.Journal;

public sealed class JournalFileModeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gcu-journal-mode-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task NewJournal_FolderIs0700AndFileIs0600()
    {
        if (OperatingSystem.IsWindows())
            return;
        var path = Path.Combine(_root, "new-folder", "jobs.db");

        var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(path));
        await journal.ListJobsAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void ExistingWorldReadableJournal_IsTightenedTo0600()
    {
        if (OperatingSystem.IsWindows())
            return;
        var path = Path.Combine(_root, "jobs.db");
        File.WriteAllBytes(path, []);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        SqliteJobJournal.ForFile(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
