using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>The parent side: starts this benchmark program as a contender process against the emulator and reads its report.</summary>
public static class ContenderProcess
{
    public static async Task<ContenderReport> RunAsync(GenesysEmulator emulator, ContenderRequest request, CancellationToken ct,
        GenesysEmulator? warmUp = null)
    {
        var folder = Directory.CreateTempSubdirectory("gc-bench-");
        try
        {
            var requestPath = Path.Combine(folder.FullName, "request.json");
            var reportPath = Path.Combine(folder.FullName, "report.json");
            await File.WriteAllTextAsync(requestPath, JsonSerializer.Serialize(request, BenchmarkJson.Options), ct);

            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
            start.ArgumentList.Add("contender");
            start.ArgumentList.Add("--request");
            start.ArgumentList.Add(requestPath);
            start.ArgumentList.Add("--report");
            start.ArgumentList.Add(reportPath);
            start.Environment["GENESYS_CLIENT_ID"] = emulator.ClientId;
            start.Environment["GENESYS_CLIENT_SECRET"] = emulator.ClientSecret;
            start.Environment["GENESYS_API_URL"] = emulator.BaseUrl.ToString();
            start.Environment["GENESYS_AUTH_URL"] = emulator.BaseUrl.ToString();
            start.Environment.Remove("GENESYS_REGION");
            if (warmUp is not null)
            {
                start.Environment[ContenderHost.WarmUpClientIdVariable] = warmUp.ClientId;
                start.Environment[ContenderHost.WarmUpClientSecretVariable] = warmUp.ClientSecret;
                start.Environment[ContenderHost.WarmUpUrlVariable] = warmUp.BaseUrl.ToString();
                // A warm run stands for the web app, which runs with ASP.NET Core's server GC; a cold one for gcutil (workstation GC).
                start.Environment["DOTNET_gcServer"] = "1";
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the contender process.");
            try
            {
                await process.WaitForExitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0 || !File.Exists(reportPath))
                throw new InvalidOperationException($"Contender '{request.Contender}' failed (exit code {process.ExitCode}).");
            return JsonSerializer.Deserialize<ContenderReport>(await File.ReadAllTextAsync(reportPath, ct), BenchmarkJson.Options)!;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
