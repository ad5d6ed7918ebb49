using System.Text;
using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Workflow;

public sealed class WorkReportTests
{
    [Fact]
    public void Csv_AppliedAndInvalidRows_OneLinePerRowWithLineStateInTheChangesWordsAndNote()
    {
        var rows = new[]
        {
            new WorkRow(1, "a@x.com", RowState.Applied) { UserId = "u1", UserName = "A", Note = "owner, not a member" },
            new WorkRow(2, "=cmd", RowState.Invalid) { Note = "starts with '='" },
            new WorkRow(3, "b@x.com", RowState.Failed) { UserId = "u2", Error = "400 bad.request: no" },
        };

        var lines = Encoding.UTF8.GetString(WorkReport.Csv(rows, ChangeWording.For(BulkOperation.AddToGroup)).AsSpan(3))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("line,input,status,state,userId,userName,note,error", lines[0]);
        Assert.Equal("1,a@x.com,Added,Applied,u1,A,\"owner, not a member\",", lines[1]);
        Assert.Equal("2,\"'=cmd\",Invalid,Invalid,,,starts with '=',", lines[2]);
        Assert.Equal("3,b@x.com,Failed,Failed,u2,,,400 bad.request: no", lines[3]);
    }
}
