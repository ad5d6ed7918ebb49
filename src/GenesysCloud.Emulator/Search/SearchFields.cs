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

    /// <summary>Turns validated criteria into one predicate, so a scan over 100,000 users interprets them once.</summary>
    public Func<T, bool> Compile(IReadOnlyList<SearchCriterion> query)
    {
        var all = new List<Func<T, bool>>();
        var none = new List<Func<T, bool>>();
        var any = new List<Func<T, bool>>();
        foreach (var criterion in query)
        {
            var test = CompileOne(criterion);
            (criterion.Operator?.ToUpperInvariant() switch { "OR" => any, "NOT" => none, _ => all }).Add(test);
        }
        return item =>
        {
            foreach (var test in all)
            {
                if (!test(item))
                    return false;
            }
            foreach (var test in none)
            {
                if (test(item))
                    return false;
            }
            foreach (var test in any)
            {
                if (test(item))
                    return true;
            }
            return any.Count == 0;
        };
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

    private Func<T, bool> CompileOne(SearchCriterion criterion)
    {
        if (criterion.Group is { Count: > 0 } group)
            return Compile(group);
        var values = criterion.Values is { Count: > 0 } many ? [.. many] : new[] { criterion.Value ?? string.Empty };
        var getters = (criterion.Fields is { Count: > 0 } named ? named : queryStringFields).Select(f => fields[f]).ToArray();
        const StringComparison ignoreCase = StringComparison.OrdinalIgnoreCase;
        switch (criterion.Type!.ToUpperInvariant())
        {
            case "MATCH_ALL":
                return _ => true;
            case "CONTAINS":
                return item => Any(item, getters, values, (field, value) => field.Contains(value, ignoreCase));
            case "STARTS_WITH":
                return item => Any(item, getters, values, (field, value) => field.StartsWith(value, ignoreCase));
            case "QUERY_STRING":
                // Every term must occur in one of the fields.
                var terms = values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(t => new[] { t.Trim('*', '"') }).ToArray();
                return item => Array.TrueForAll(terms, term => Any(item, getters, term, (field, value) => field.Contains(value, ignoreCase)));
            default:
                return item => Any(item, getters, values, (field, value) => field.Equals(value, ignoreCase));
        }
    }

    private static bool Any(T item, Func<T, string>[] getters, string[] values, Func<string, string, bool> test)
    {
        foreach (var getter in getters)
        {
            var field = getter(item);
            foreach (var value in values)
            {
                if (test(field, value))
                    return true;
            }
        }
        return false;
    }
}
