using System.Runtime;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// After a warm-up the runtime is still compiling the optimized versions of the methods the warm-up made hot, in the
/// background; a process that has run for days has none left. Waits (unmeasured) until no method has been compiled for
/// <see cref="Quiet"/>, at most <see cref="Limit"/>.
/// </summary>
public static class JitSettling
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static async Task WaitAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Limit;
        var compiled = JitInfo.GetCompiledMethodCount();
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Quiet, ct);
            var now = JitInfo.GetCompiledMethodCount();
            if (now == compiled) return;
            compiled = now;
        }
    }
}
