using System.CommandLine;
using GenesysCloud.Utilities.QueueManager;

namespace GenesysCloud.Cli.Input;

/// <summary>
/// The members a ring command applies to: a CSV file (an email, userId or username column, and optionally a
/// <c>ringNumber</c> column, one ring per row) or a list of emails.
/// </summary>
public sealed class RingInputOptions
{
    private readonly IdentifierOptions _identifiers = new();

    public RingInputOptions() =>
        _identifiers.File.Description =
            $"CSV file with a header row, an email (or userId, or username) column and optionally a {RingInput.Column} column ({QueuesApi.MinRingNumber}–{QueuesApi.MaxRingNumber} per row).";

    public void AddTo(Command command) => _identifiers.AddTo(command);

    /// <summary>Reads and validates the input; a bad row or ring is a <see cref="CliInputException"/> naming its line and column.</summary>
    public async Task<RingInput> ReadAsync(ParseResult result, CancellationToken ct) =>
        await _identifiers.ReadFileAsync(result, bytes => RingInput.Parse(bytes), input => input.Identifiers, ct)
        ?? RingInput.Of(await _identifiers.ReadAsync(result, ct));
}
