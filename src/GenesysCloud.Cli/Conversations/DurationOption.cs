using System.CommandLine;
using System.Globalization;

namespace GenesysCloud.Cli.Conversations;

/// <summary>An option taking a duration as a number and a unit: 90m, 12h, 30d.</summary>
public static class DurationOption
{
    public static Option<TimeSpan> Create(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = description,
        HelpName = "90m|12h|30d",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
            if (TryParse(text, out var value))
                return value;
            result.AddError($"{name}: '{text}' is not a duration such as 90m, 12h or 30d.");
            return default;
        },
    };

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            return false;
        value = char.ToLowerInvariant(text[^1]) switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => TimeSpan.MinValue,
        };
        return value != TimeSpan.MinValue;
    }
}
