namespace GenesysCloud.Cli.Commands;

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (no synchronization context needed).</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
