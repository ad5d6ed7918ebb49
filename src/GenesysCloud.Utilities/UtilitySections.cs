namespace GenesysCloud.Utilities;

/// <summary>Names of the Blazor sections the shell renders a utility's parts into.</summary>
public static class UtilitySections
{
    /// <summary>The utility's settings, shown in the navigation drawer below the utility list (filled by <see cref="UtilitySidebar"/>).</summary>
    public const string Sidebar = "utility-sidebar";

    /// <summary>The main area below the shell's picker (filled by <see cref="UtilityMain"/>).</summary>
    public const string Main = "utility-main";
}
