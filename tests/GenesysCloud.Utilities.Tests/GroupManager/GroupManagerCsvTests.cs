using System.Text;
using GenesysCloud.Utilities.GroupManager;

namespace GenesysCloud.Utilities.Tests.GroupManager;

public sealed class GroupManagerCsvTests
{
    [Fact]
    public void Members_FormulaInUserFields_IsNeutralised()
    {
        var bytes = GroupManagerCsv.Members([new User { Id = "u1", Name = "=HYPERLINK(\"http://evil\",\"x\")", Email = "a@x.com", Title = "-1+1" }]);

        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.StartsWith("id,name,email,username,department,title,state\r\n", text, StringComparison.Ordinal);
        using var reader = CsvHelper.CsvReader.FromText(text, null);
        Assert.True(reader.Read());
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"x\")", reader.GetString("name"));
        Assert.Equal("'-1+1", reader.GetString("title"));
        Assert.Equal("a@x.com", reader.GetString("email"));
    }

    [Fact]
    public void Report_AppliedPreview_HasOneLinePerRowWithOutcome()
    {
        var add = new PreviewRow(1, "a@x.com", PreviewStatus.WillAdd, "u1", "A");
        var bad = new PreviewRow(2, "=cmd", PreviewStatus.Invalid, Note: "starts with '='");
        var preview = new MembershipPreview("g", "G", MembershipChange.Add, [add, bad]);
        var result = new MembershipApplyResult(MembershipChange.Add, [new ApplyRowResult(add, ApplyOutcome.Applied)], false);

        var lines = Encoding.UTF8.GetString(GroupManagerCsv.Report(preview, result).AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Equal("1,a@x.com,WillAdd,u1,A,,Applied,", lines[1]);
        Assert.StartsWith("2,\"'=cmd\",Invalid", lines[2], StringComparison.Ordinal);
    }
}
