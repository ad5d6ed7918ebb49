using GenesysCloud.Utilities.Jobs;

namespace GenesysCloud.Utilities.Tests.Jobs;

public sealed class SandboxJournalFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sandbox-journal-tests-" + Guid.NewGuid().ToString("N"));

    public SandboxJournalFilesTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void DeleteStale_FilesOfEndedProcesses_AreDeletedWithWalAndShm_OthersKept()
    {
        var dead = Touch(SandboxJournalFiles.PathFor(_folder, 111), "", "-wal", "-shm");
        var running = Touch(SandboxJournalFiles.PathFor(_folder, 222), "", "-wal");
        var current = Touch(SandboxJournalFiles.PathFor(_folder, 333), "");
        var unrelated = Touch(Path.Combine(_folder, "sandbox-jobs-notes.txt"), "");

        SandboxJournalFiles.DeleteStale(_folder, currentProcessId: 333, isRunning: pid => pid == 222);

        Assert.All(dead, f => Assert.False(File.Exists(f)));
        Assert.All(running.Concat(current).Concat(unrelated), f => Assert.True(File.Exists(f)));
    }

    [Fact]
    public void Delete_RemovesJournalWithWalAndShm()
    {
        var files = Touch(SandboxJournalFiles.PathFor(_folder, 444), "", "-wal", "-shm");

        SandboxJournalFiles.Delete(files[0]);

        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public void IsRunning_CurrentProcess_IsTrue() => Assert.True(SandboxJournalFiles.IsRunning(Environment.ProcessId));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Touch(string path, params string[] suffixes)
    {
        var files = suffixes.Select(s => path + s).ToArray();
        foreach (var file in files) File.WriteAllText(file, "x");
        return files;
    }
}
