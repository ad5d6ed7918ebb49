using System.Diagnostics;
using GenesysCloud.Emulator;

namespace GenesysCloud.Cli.Tests.Support;

/// <summary>gcutil as a real child process (<c>dotnet gcutil.dll</c>), configured through GENESYS_* variables.</summary>
public sealed class GcutilProcess : IDisposable
{
    private readonly Process _process;

    private GcutilProcess(Process process) => _process = process;

    /// <summary>Raised for every stderr line (progress lines, notes, errors).</summary>
    public event Action<string>? ErrorLine;

    public static GcutilProcess Start(GenesysEmulator emulator, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "gcutil.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["GENESYS_CLIENT_ID"] = emulator.ClientId;
        start.Environment["GENESYS_CLIENT_SECRET"] = emulator.ClientSecret;
        start.Environment["GENESYS_API_URL"] = emulator.BaseUrl.ToString();
        start.Environment["GENESYS_AUTH_URL"] = emulator.BaseUrl.ToString();

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var wrapper = new GcutilProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                wrapper.ErrorLine?.Invoke(e.Data);
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return wrapper;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        await _process.WaitForExitAsync().WaitAsync(patience);
        return _process.ExitCode;
    }

    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
