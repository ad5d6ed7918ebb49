namespace GenesysCloud.Web.Configuration;

/// <summary>The <c>Theme</c> configuration section.</summary>
public sealed class ThemeSettings
{
    public const string SectionName = "Theme";

    public string Primary { get; set; } = "#4A6FA5";

    /// <summary>A darker shade of <see cref="Primary"/> for text on primary-tinted backgrounds (active drawer link).</summary>
    public string PrimaryDark { get; set; } = "#2F4D7A";

    public string Background { get; set; } = "#FFFFFF";

    public string SecondaryBackground { get; set; } = "#F5F7FA";

    public string Text { get; set; } = "#1E2A38";

    public string Font { get; set; } = "sans-serif";
}
