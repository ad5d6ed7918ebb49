using System.Globalization;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// One input row of a bulk change, kept from the pasted line or CSV row through the preview to the journal's
/// result: the same row, with its line number, gains a user, a plan note and a result on the way.
/// </summary>
/// <param name="Line">1-based line of the pasted text or CSV file; null for users picked from search or a list.</param>
/// <param name="Input">The identifier as given (or the picked user's email).</param>
/// <param name="State">Where the row stands.</param>
public sealed record WorkRow(int? Line, string Input, RowState State)
{
    /// <summary>The CSV column the identifier came from; null for pasted text and picked users.</summary>
    public string? Column { get; init; }

    /// <summary>The normalised identifier sent to planning; null for rows that are not planned (invalid, repeated).</summary>
    public string? Identifier { get; init; }

    /// <summary>The item of the bulk plan and journal this row is (its first, see <see cref="PlanItems"/>); null for rows the plan never saw.</summary>
    public int? PlanIndex { get; init; }

    /// <summary>
    /// Every plan item of a row that stands for several (a copy: one item per person × skill or language); null when
    /// the row is the one item <see cref="PlanIndex"/>.
    /// </summary>
    public IReadOnlyList<int>? PlanItems { get; init; }

    /// <summary>The resolved user id.</summary>
    public string? UserId { get; init; }

    /// <summary>The resolved user's name.</summary>
    public string? UserName { get; init; }

    /// <summary>
    /// Why the row is as it is: the parse problem, "repeats line 3", or the plan's note
    /// (e.g. "owner, not a member", "member via group 'X'").
    /// </summary>
    public string? Note { get; init; }

    /// <summary>Status, Genesys code, message and correlation id of a failed change.</summary>
    public string? Error { get; init; }

    /// <summary>True when applying sends this row.</summary>
    public bool IsChange => State == RowState.WillChange;

    /// <summary>"line 4,812", "line 3, column 'email'", or "picked" for messages.</summary>
    public string Location => Line is not { } line ? "picked"
        : Column is null ? $"line {line.ToString("N0", CultureInfo.InvariantCulture)}"
        : $"line {line.ToString("N0", CultureInfo.InvariantCulture)}, column '{Column}'";
}
