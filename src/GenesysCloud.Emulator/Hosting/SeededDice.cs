namespace GenesysCloud.Emulator.Hosting;

/// <summary>The chance of an injected conflict or an external version bump, drawn from one seeded Random.</summary>
internal sealed class SeededDice(int seed)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);

    /// <summary>True with the given probability; 0 and 1 decide without drawing.</summary>
    public bool Roll(double probability)
    {
        if (probability <= 0)
            return false;
        if (probability >= 1)
            return true;
        lock (_gate) return _random.NextDouble() < probability;
    }
}
