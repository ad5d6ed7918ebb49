namespace GenesysCloud.Cli.Output;

/// <summary>A job counted per person (a skills copy) in <c>jobs list</c>: people to change, changed, with a failure.</summary>
public sealed record PeopleCountJson(int Changing, int Applied, int Failed);
