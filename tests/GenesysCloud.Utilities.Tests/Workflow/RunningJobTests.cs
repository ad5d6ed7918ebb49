using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Workflow;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Utilities.Tests.Workflow;

public sealed class RunningJobTests
{
    private static RunningJob NewJob(TimeProvider time) =>
        new("job", TestOrg.Owner, BulkChange.Of("tests", BulkOperation.AddToQueue, "q", "Support"), null, time, TimeSpan.FromMilliseconds(250));

    [Fact]
    public void Report_FasterThanTheInterval_NotifiesTheFirstThenAtMostOncePerIntervalAndAlwaysTheLast()
    {
        var time = new FakeTimeProvider();
        var job = NewJob(time);
        var seen = new List<int>();
        job.Changed += j => seen.Add(j.Progress!.Done);

        job.Report(new BulkProgress(0, 300, 0, 0, null));
        time.Advance(TimeSpan.FromMilliseconds(100));
        job.Report(new BulkProgress(100, 300, 2, 0, TimeSpan.FromSeconds(2)));
        time.Advance(TimeSpan.FromMilliseconds(200));
        job.Report(new BulkProgress(200, 300, 4, 0, TimeSpan.FromSeconds(1)));
        job.Report(new BulkProgress(300, 300, 6, 0, TimeSpan.Zero));

        Assert.Equal([0, 200, 300], seen);
        Assert.Equal(300, job.Progress!.Done);
    }

    [Fact]
    public void Cancel_WatcherThatThrows_DoesNotStopTheOthers()
    {
        var job = NewJob(new FakeTimeProvider());
        var told = 0;
        job.Changed += _ => throw new ObjectDisposedException("circuit");
        job.Changed += _ => told++;

        job.Cancel();
        job.Cancel();

        Assert.Equal(RunningJobState.Cancelling, job.State);
        Assert.Equal(1, told);
    }
}
