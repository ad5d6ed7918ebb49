using System.Xml.Linq;
using Dapper;
using GenesysCloud.Bulk.Journal;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GenesysCloud.Web.Hosting;

/// <summary>
/// The ASP.NET Core Data Protection key ring in the journal's PostgreSQL database (table
/// <c>data_protection_keys</c>, created by the journal's migrations), so that every instance of the app protects
/// and reads sign-in cookies and antiforgery tokens with the same keys.
/// </summary>
public sealed class PostgresXmlRepository(PostgresJobJournal journal) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // IXmlRepository is synchronous; the key ring is read at start-up and when keys roll over.
        using var connection = journal.OpenConnectionAsync().GetAwaiter().GetResult();
        return [.. connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, name").Select(XElement.Parse)];
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = journal.OpenConnectionAsync().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml) VALUES (@Name, @Xml) ON CONFLICT (name) DO NOTHING",
            new { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
