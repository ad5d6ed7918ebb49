using System.Globalization;

namespace GenesysCloud.Diagnostics;

/// <summary>One answer a probe received: its endpoint key (e.g. <c>GET /api/v2/users</c>), when, and its headers.</summary>
internal sealed record ProbeAnswer(string Endpoint, DateTimeOffset At, IReadOnlyDictionary<string, string>? Headers)
{
    /// <summary>The header's text, or null.</summary>
    public string? Header(string name) => Headers is not null && Headers.TryGetValue(name, out var value) ? value.Trim() : null;

    /// <summary>The header as a whole number, or null when it is absent or not one.</summary>
    public int? WholeNumber(string name) =>
        int.TryParse(Header(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
