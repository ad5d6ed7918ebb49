namespace GenesysCloud.Bulk.Journal.Migrations;

/// <summary>One versioned schema script (<c>NNN_name.sql</c>).</summary>
internal sealed record SchemaScript(int Version, string Name, string Sql);
