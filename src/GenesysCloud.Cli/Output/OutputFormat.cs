namespace GenesysCloud.Cli.Output;

/// <summary>How results are printed.</summary>
public enum OutputFormat
{
    /// <summary>Human-readable tables (Spectre.Console).</summary>
    Table,

    /// <summary>One JSON document on stdout with a stable shape, for scripts.</summary>
    Json,
}
