using System.Runtime.InteropServices;
using GenesysCloud.Emulator.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>The standalone emulator: <c>dotnet run --project src/GenesysCloud.Emulator -- --users 1000</c>.</summary>
internal static class EmulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            Console.WriteLine(EmulatorSettings.Usage);
            return 0;
        }

        EmulatorOptions options;
        try
        {
            options = EmulatorSettings.Load(args, Environment.GetEnvironmentVariables(), Directory.GetCurrentDirectory());
            options.Validate();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n\n{EmulatorSettings.Usage}");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        GenesysEmulator emulator;
        try
        {
            emulator = await GenesysEmulator.StartAsync(options, stop.Token);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"Cannot listen on 127.0.0.1:{options.Port} ({e.Message}). Choose another --port, or 0 for any free port.");
            return 1;
        }

        await using var running = emulator;
        var url = emulator.BaseUrl.ToString().TrimEnd('/');
        Console.WriteLine($"""
            Genesys Cloud API emulator listening on {url}
              org: {emulator.State.Users.Count} users, {emulator.State.Groups.Count} groups, {emulator.State.Queues.Count} queues, seed {options.Seed}
              demo client id:     {emulator.ClientId}
              demo client secret: {emulator.ClientSecret}
              rate limit: {(options.RateLimitPerMinute > 0 ? $"{options.RateLimitPerMinute} requests per {options.RateLimitWindow.TotalSeconds:0} s per token" : "off")}
              endpoint allowances: {(options.RateLimitPerMinute > 0 && options.EndpointAllowances.Count > 0 ? string.Join(", ", options.EndpointAllowances.Select(a => $"{a.Key} {a.Value}")) : "none")}
              group version read lag: {options.Faults.GroupVersionReadLag.TotalMilliseconds:0} ms; injected 409 rate: {options.Faults.InjectedConflictRate:0.###}

            Point the SDK, CLI or web app at it:
              export GENESYS_API_URL={url} GENESYS_AUTH_URL={url}
              export GENESYS_CLIENT_ID={emulator.ClientId} GENESYS_CLIENT_SECRET={emulator.ClientSecret}

            Press Ctrl+C to stop.
            """);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping.");
        }
        return 0;
    }
}
