using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Search;

/// <summary>
/// The searchable fields of one entity type and the criteria rules: AND and NOT criteria must all
/// hold, and when OR criteria exist at least one of them must; a criterion matches when any of its
/// fields matches any of its values (case-insensitive).
/// </summary>
internal sealed class SearchFields<T>(IReadOnlyDictionary<string, Func<T, string>> fields, IReadOnlyList<string> queryStringFields)
{
    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        "EXACT", "TERM", "TERMS", "CONTAINS", "STARTS_WITH", "QUERY_STRING", "MATCH_ALL",
    };

    public bool Has(string field) => fields.ContainsKey(field);

    public Func<T, string> Get(string field) => fields[field];

    public ApiError? Validate(IReadOnlyList<SearchCriterion>? query)
    {
        if (query is null || query.Count == 0)
            return ApiError.BadRequest("At least one search criterion is required.", "query");
        foreach (var criterion in query)
        {
            if (ValidateOne(criterion) is { } error)
                return error;
        }
        return null;
    }

    public bool Matches(T item, IReadOnlyList<SearchCriterion> query)
    {
        var anyOr = false;
        var orMatched = false;
        foreach (var criterion in query)
        {
            switch (criterion.Operator?.ToUpperInvariant())
            {
                case "OR":
                    anyOr = true;
                    orMatched = orMatched || MatchesOne(item, criterion);
                    break;
                case "NOT":
                    if (MatchesOne(item, criterion))
                        return false;
                    break;
                default:
                    if (!MatchesOne(item, criterion))
                        return false;
                    break;
            }
        }
        return !anyOr || orMatched;
    }

    private ApiError? ValidateOne(SearchCriterion criterion)
    {
        if (criterion.Group is { Count: > 0 } group)
            return Validate(group);
        if (criterion.Type is null || !Types.Contains(criterion.Type))
            return ApiError.BadRequest($"Search type '{criterion.Type}' is not supported; use one of {string.Join(", ", Types)}.", "type");
        if (criterion.Operator is { } op && op.ToUpperInvariant() is not ("AND" or "OR" or "NOT"))
            return ApiError.BadRequest($"Operator '{op}' is invalid; use AND, OR or NOT.", "operator");
        if (criterion.Fields?.FirstOrDefault(f => !fields.ContainsKey(f)) is { } unknown)
            return ApiError.BadRequest($"Field '{unknown}' cannot be searched; use one of {string.Join(", ", fields.Keys)}.", "fields");
        var isQueryString = criterion.Type.Equals("QUERY_STRING", StringComparison.OrdinalIgnoreCase);
        var isMatchAll = criterion.Type.Equals("MATCH_ALL", StringComparison.OrdinalIgnoreCase);
        if (!isMatchAll && !isQueryString && criterion.Fields is not { Count: > 0 })
            return ApiError.BadRequest($"Search type {criterion.Type} requires fields.", "fields");
        if (!isMatchAll && string.IsNullOrWhiteSpace(criterion.Value) && criterion.Values is not { Count: > 0 })
            return ApiError.BadRequest($"Search type {criterion.Type} requires a value or values.", "value");
        return null;
    }

    private bool MatchesOne(T item, SearchCriterion criterion)
    {
        if (criterion.Group is { Count: > 0 } group)
            return Matches(item, group);
        var values = criterion.Values is { Count: > 0 } many ? many : [criterion.Value ?? string.Empty];
        var searched = criterion.Fields is { Count: > 0 } named ? named : queryStringFields;
        return criterion.Type!.ToUpperInvariant() switch
        {
            "MATCH_ALL" => true,
            "CONTAINS" => Any(item, searched, values, (field, value) => field.Contains(value, StringComparison.OrdinalIgnoreCase)),
            "STARTS_WITH" => Any(item, searched, values, (field, value) => field.StartsWith(value, StringComparison.OrdinalIgnoreCase)),
            "QUERY_STRING" => values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).All(term =>
                Any(item, searched, [term.Trim('*', '"')], (field, value) => field.Contains(value, StringComparison.OrdinalIgnoreCase))),
            _ => Any(item, searched, values, (field, value) => field.Equals(value, StringComparison.OrdinalIgnoreCase)),
        };
    }

    private bool Any(T item, IReadOnlyList<string> searched, IReadOnlyList<string> values, Func<string, string, bool> test)
    {
        foreach (var name in searched)
        {
            var field = fields[name](item);
            foreach (var value in values)
            {
                if (test(field, value))
                    return true;
            }
        }
        return false;
    }
}
