namespace GenesysCloud.Utilities;

/// <summary>
/// How a utility describes itself to the shell: navigation entry, home card, search terms and
/// which shared picker (group, queue, user) the shell shows before the utility's main part.
/// </summary>
/// <param name="Id">Stable, URL-safe id (lower-case letters, digits, hyphens); the utility lives at <c>/u/{Id}</c>.</param>
/// <param name="Name">Display name in the drawer and on the home card.</param>
/// <param name="Description">One sentence shown on the home card; searched by the drawer filter.</param>
/// <param name="Icon">A MudBlazor icon (SVG path string), e.g. <c>Icons.Material.Filled.Group</c>.</param>
public sealed record UtilityConfig(string Id, string Name, string Description, string Icon)
{
    /// <summary>Drawer group the utility is listed under.</summary>
    public string Category { get; init; } = "General";

    /// <summary>The shell shows a group picker and renders the main part only once a group is chosen.</summary>
    public bool RequiresGroup { get; init; }

    /// <summary>The shell shows a queue picker and renders the main part only once a queue is chosen.</summary>
    public bool RequiresQueue { get; init; }

    /// <summary>The shell shows a user picker and renders the main part only once a user is chosen.</summary>
    public bool RequiresUser { get; init; }

    /// <summary>Extra search terms for the drawer filter.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// The Genesys Cloud permissions the utility needs (e.g. <c>directory:group:edit</c>), checked against the
    /// signed-in person's before a job starts.
    /// </summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>True when the text matches every whitespace-separated term in name, description or a tag (case-insensitive).</summary>
    public bool Matches(string? searchText)
    {
        if (string.IsNullOrWhiteSpace(searchText))
        {
            return true;
        }

        var terms = searchText.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return terms.All(term =>
            Name.Contains(term, StringComparison.OrdinalIgnoreCase)
            || Description.Contains(term, StringComparison.OrdinalIgnoreCase)
            || Tags.Any(tag => tag.Contains(term, StringComparison.OrdinalIgnoreCase)));
    }
}
