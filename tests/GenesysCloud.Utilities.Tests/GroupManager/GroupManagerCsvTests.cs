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
}
