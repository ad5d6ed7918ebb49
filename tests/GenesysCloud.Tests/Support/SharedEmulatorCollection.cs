namespace GenesysCloud.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SharedEmulatorCollection : ICollectionFixture<SharedEmulatorFixture>
{
    public const string Name = "Shared emulator";
}
