using MudBlazor;

namespace GenesysCloud.Web.Configuration;

/// <summary>Builds the MudBlazor theme from <see cref="ThemeSettings"/>.</summary>
public static class ThemeFactory
{
    public static MudTheme Create(ThemeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var fonts = settings.Font.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = settings.Primary,
                PrimaryDarken = settings.PrimaryDark,
                AppbarBackground = settings.Primary,
                AppbarText = "#FFFFFF",
                Background = settings.Background,
                Surface = settings.Background,
                BackgroundGray = settings.SecondaryBackground,
                DrawerBackground = settings.SecondaryBackground,
                DrawerText = settings.Text,
                DrawerIcon = settings.Text,
                TextPrimary = settings.Text,
                // MudBlazor's defaults for these fail WCAG AA contrast on the light backgrounds.
                TextSecondary = "#4A5565",
                Secondary = "#5B4A9E",
                ActionDefault = "#4A5565",
                Info = "#1565C0",
                Success = "#2E7D32",
                Warning = "#A35200",
                Error = "#C62828",
            },
            // Light accents with dark text on them, so dark mode also meets WCAG AA contrast.
            PaletteDark = new PaletteDark
            {
                Primary = "#8FB0DE",
                PrimaryContrastText = "#0D1B2A",
                PrimaryDarken = "#A9C3E8",
                AppbarBackground = "#1E2A38",
                Secondary = "#B8A8F0",
                SecondaryContrastText = "#0D1B2A",
                TextSecondary = "rgba(255,255,255,0.75)",
                Info = "#90CAF9",
                InfoContrastText = "#0D1B2A",
                Success = "#81C784",
                SuccessContrastText = "#0D1B2A",
                Warning = "#FFB74D",
                WarningContrastText = "#0D1B2A",
                Error = "#EF9A9A",
                ErrorContrastText = "#0D1B2A",
            },
            Typography = new Typography
            {
                Default = new DefaultTypography { FontFamily = fonts.Length > 0 ? fonts : ["sans-serif"] },
            },
        };
    }
}
