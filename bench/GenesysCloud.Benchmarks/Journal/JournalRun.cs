namespace GenesysCloud.Benchmarks.Journal;

/// <summary>One job's wall time and the part of it spent in the journal.</summary>
public sealed record JournalRun(
    string Journal,
    int Items,
    int ApiCalls,
    TimeSpan Wall,
    TimeSpan Create,
    TimeSpan ItemWrites,
    TimeSpan Other,
    int JournalCalls,
    bool FinalStateCorrect)
{
    public TimeSpan JournalTotal => Create + ItemWrites + Other;

    public double MsPerThousandItems => JournalTotal.TotalMilliseconds / Items * 1000;

    public double ShareOfWall => JournalTotal / Wall;
}
