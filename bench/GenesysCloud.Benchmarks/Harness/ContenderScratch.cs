namespace GenesysCloud.Benchmarks.Harness;

/// <summary>A contender process's scratch folder (its journals), deleted after the measured run, outside its wall time.</summary>
public static class ContenderScratch
{
    private static readonly Lazy<DirectoryInfo> Folder = new(() => Directory.CreateTempSubdirectory("gc-bench-journal-"));

    /// <summary>A new file name in the scratch folder.</summary>
    public static string NewFile(string extension) => Path.Combine(Folder.Value.FullName, $"{Guid.NewGuid():N}{extension}");

    /// <summary>Closes pooled journal connections and deletes the folder, if one was made.</summary>
    public static void Delete()
    {
        if (!Folder.IsValueCreated) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Folder.Value.Delete(recursive: true);
    }
}
