namespace GenesysCloud.Cli.Tests.Support;

/// <summary>Command tests share one emulator and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "emulator";
}
