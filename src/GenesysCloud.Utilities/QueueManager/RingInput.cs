using System.Globalization;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.QueueManager;

/// <summary>Members to set a ring number for, each with the ring its row asks for (none: the one given for all).</summary>
/// <param name="Identifiers">The parsed identifiers, with their line numbers.</param>
/// <param name="RingByRow">Line number → the row's ring number, for rows that have one.</param>
public sealed record RingInput(IdentifierInput Identifiers, IReadOnlyDictionary<int, int> RingByRow)
{
    /// <summary>The CSV column of a row's own ring number.</summary>
    public const string Column = "ringNumber";

    private static readonly string Expected = $"a ring number from {QueuesApi.MinRingNumber} to {QueuesApi.MaxRingNumber}";

    /// <summary>
    /// Reads a ring CSV: the people column as <see cref="CsvIdentifierParser"/> finds it and an optional <see cref="Column"/>
    /// column. A bad ring stops the whole file with a <see cref="CsvInputException"/> naming its line and column.
    /// </summary>
    public static RingInput Parse(byte[] bytes, IdentifierInputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return WithRings(bytes, CsvIdentifierParser.Parse(bytes, options));
    }

    /// <summary>
    /// <paramref name="people"/> (already read from <paramref name="bytes"/>) with each row's ring from the optional
    /// <see cref="Column"/> column; a bad ring throws a <see cref="CsvInputException"/> naming its line and column.
    /// </summary>
    public static RingInput WithRings(byte[] bytes, IdentifierInput people)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(people);
        return new(people, CsvRowValues.Read(bytes, Column, Ring, Expected));
    }

    /// <summary>Input without per-row rings (a paste, or a CSV without the column).</summary>
    public static RingInput Of(IdentifierInput identifiers) => new(identifiers, new Dictionary<int, int>());

    /// <summary>The ring of each of <see cref="IdentifierInput.Values"/>, in order (null: none on that row).</summary>
    public IReadOnlyList<int?> ValueRings() => CsvRowValues.InValueOrder(Identifiers, RingByRow);

    /// <summary>A ring number (a whole number from 1 to 6), or null.</summary>
    public static int? Ring(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ring) && ring is >= QueuesApi.MinRingNumber and <= QueuesApi.MaxRingNumber
            ? ring : null;
}
