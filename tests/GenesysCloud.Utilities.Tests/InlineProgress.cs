namespace GenesysCloud.Utilities.Tests;

/// <summary>Reports synchronously on the caller's thread, so a test can act at an exact point of a run.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
