namespace GenesysCloud.Emulator;

public sealed partial class EmulatorOptions
{
    /// <summary>
    /// An org stricter than the facts, for the tests of the org probes (<c>gcutil doctor</c>): every GET with a
    /// <c>pageSize</c> above this answers 400 <c>bad.request</c>. Null (default) leaves each endpoint's own maximum.
    /// </summary>
    public int? ListPageSizeCap { get; set; }
}
