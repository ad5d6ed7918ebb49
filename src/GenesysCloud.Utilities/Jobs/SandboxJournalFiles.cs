using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GenesysCloud.Utilities.Jobs;

/// <summary>
/// The sandbox journal is one SQLite file per app process in the user's own data folder (not the shared temp
/// folder, where another user could read or plant it). Its data is worthless once the
/// process ends, so the file (with its -wal and -shm) is deleted at exit, and files left by processes that
/// died without exiting cleanly are deleted when the next process first uses the sandbox.
/// </summary>
internal static class SandboxJournalFiles
{
    private const string Prefix = "sandbox-jobs-";
    private static readonly string[] Suffixes = [".db", ".db-wal", ".db-shm"];

    /// <summary>The folder that holds every process's sandbox journal.</summary>
    public static string Folder { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "GenesysCloudUtilities", "sandbox");

    /// <summary>The journal file of process <paramref name="processId"/> in <paramref name="folder"/>.</summary>
    public static string PathFor(string folder, int processId) => Path.Combine(folder, $"{Prefix}{processId}.db");

    /// <summary>Deletes the sandbox journals of processes that are no longer running; the current one's is kept.</summary>
    public static void DeleteStale(string folder, int currentProcessId, Func<int, bool> isRunning)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*"))
        {
            var name = Path.GetFileName(file);
            var suffix = Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
            if (suffix is null
                || !int.TryParse(name.AsSpan(Prefix.Length, name.Length - Prefix.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || pid == currentProcessId || isRunning(pid))
                continue;
            TryDelete(file);
        }
    }

    /// <summary>Deletes a journal file and its -wal and -shm, closing pooled connections first.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            TryDelete(file);
    }

    /// <summary>True when a process with this id is running.</summary>
    public static bool IsRunning(int processId)
    {
        if (OperatingSystem.IsBrowser()) return true;
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Best effort: another process may hold or remove the file at the same moment.
    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
