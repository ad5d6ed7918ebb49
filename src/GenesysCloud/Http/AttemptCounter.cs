namespace GenesysCloud.Http;

/// <summary>A mutable attempt number carried in the request options.</summary>
internal sealed class AttemptCounter
{
    private int _value;

    public int Next() => Interlocked.Increment(ref _value);
}
