using System.Globalization;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>
/// Skills Manager's logic, free of UI and shared by the web app and <c>gcutil skills</c>: who has a routing skill or
/// language, plans to assign, change or remove it for many people (one proficiency for all or one per row), copying
/// one person's skills to others, and a people × skills and languages matrix. Every plan goes through the bulk engine:
/// previewed, journaled with each previous proficiency, resumable and exactly undoable.
/// </summary>
public sealed class SkillsManagerService
{
    private readonly GenesysCloudApi _api;
    private readonly BulkEngine _engine;
    private readonly string? _requestedBy;

    /// <summary>Creates the service over a connected client and the connection's engine.</summary>
    /// <param name="api">The connected client (reads).</param>
    /// <param name="engine">The bulk engine of the same org (plans and jobs).</param>
    /// <param name="requestedBy">Who makes the changes, for the journal.</param>
    public SkillsManagerService(GenesysCloudApi api, BulkEngine engine, string? requestedBy = null)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _requestedBy = requestedBy;
    }

    /// <summary>The Genesys permissions Skills Manager needs.</summary>
    public static IReadOnlyList<string> Permissions { get; } = ["routing:skill:view", "routing:skill:assign", "directory:user:view"];

    /// <summary>Every routing skill, by name.</summary>
    public async Task<IReadOnlyList<Skill>> GetSkillsAsync(CancellationToken ct = default) =>
        [.. (await _api.Routing.GetSkillsAsync(ct)).OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];

    /// <summary>Every routing skill or every routing language, by name.</summary>
    public async Task<IReadOnlyList<RoutingItem>> GetItemsAsync(RoutingKind kind, CancellationToken ct = default)
    {
        var items = kind == RoutingKind.Language
            ? (await _api.Routing.GetLanguagesAsync(ct)).Select(l => new RoutingItem(kind, l.Id, l.Name ?? l.Id))
            : (await _api.Routing.GetSkillsAsync(ct)).Select(s => new RoutingItem(kind, s.Id, s.Name ?? s.Id));
        return [.. items.OrderBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>
    /// Everyone who has the skill (or language), highest proficiency first: one directory pass with <c>expand=skills</c>
    /// (or <c>languages</c>); a user the listing did not expand is read on their own.
    /// </summary>
    public async Task<IReadOnlyList<SkillHolder>> WhoHasAsync(string id, RoutingKind kind = RoutingKind.Skill, CancellationToken ct = default)
    {
        var holders = new List<SkillHolder>();
        await foreach (var user in _api.Users.ListExpandedAsync([kind.Expand()], ct))
        {
            var held = kind.Held(user) ?? await ReadHeldAsync(kind, user.Id, ct);
            if (held.FirstOrDefault(h => string.Equals(h.Id, id, StringComparison.OrdinalIgnoreCase)) is { Proficiency: { } p })
                holders.Add(new SkillHolder(user.Id, user.Name, user.Email, p));
        }

        return [.. holders.OrderByDescending(h => h.Proficiency).ThenBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Plans assigning the skill (or language): each row's own proficiency where it has one, else <paramref name="proficiency"/>.</summary>
    public Task<BulkPlan> PlanAssignAsync(string id, SkillInput input, double? proficiency, RoutingKind kind = RoutingKind.Skill,
        CancellationToken ct = default) =>
        PlanWithProficiencyAsync(kind.Operation(SkillChangeMode.Assign), id, input, proficiency, ct);

    /// <summary>Plans changing the proficiency for people who have the skill (or language); people without it are reported, not given it.</summary>
    public Task<BulkPlan> PlanChangeAsync(string id, SkillInput input, double? proficiency, RoutingKind kind = RoutingKind.Skill,
        CancellationToken ct = default) =>
        PlanWithProficiencyAsync(kind.Operation(SkillChangeMode.Change), id, input, proficiency, ct);

    /// <summary>Plans removing the skill (or language); each holder's proficiency is journaled, so undo gives it back as it was.</summary>
    public Task<BulkPlan> PlanRemoveAsync(string id, IReadOnlyList<string> identifiers, RoutingKind kind = RoutingKind.Skill,
        IReadOnlyList<int?>? lines = null, CancellationToken ct = default) =>
        _engine.PlanAsync(new BulkRequest(kind.Operation(SkillChangeMode.Remove), id, identifiers) { RequestedBy = _requestedBy, Lines = lines }, ct);

    /// <summary>
    /// Plans copying <paramref name="sourceIdentifier"/>'s skills and/or languages to the others as ONE job: each given at
    /// the source's proficiency, and with <see cref="RoutingCopyOptions.Identical"/> every other one of those kinds they
    /// have removed. Every item keeps its person's input line (<paramref name="lines"/>, in the order of the identifiers).
    /// Throws <see cref="ArgumentException"/> when no active user matches the source.
    /// </summary>
    public async Task<SkillCopyPlan> PlanCopyAsync(string sourceIdentifier, IReadOnlyList<string> targetIdentifiers, RoutingCopyOptions what,
        IReadOnlyList<int?>? lines = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(what);
        var source = await FindUserAsync(sourceIdentifier, ct)
            ?? throw new ArgumentException($"No active user matches '{sourceIdentifier}' (the person to copy skills from).", nameof(sourceIdentifier));
        var plan = await _engine.PlanAsync(new BulkRequest(BulkOperation.CopyRouting, source.Id, targetIdentifiers)
        {
            Copy = what,
            RequestedBy = _requestedBy,
            Lines = lines,
        }, ct);
        var names = (await GetItemsAsync(RoutingKind.Skill, ct)).Concat(await GetItemsAsync(RoutingKind.Language, ct)).ToDictionary(i => i.Id);
        var copied = plan.Items.Where(i => i.TargetId is not null && names.ContainsKey(i.TargetId))
            .GroupBy(i => (i.TargetId!, i.Proficiency))
            .Select(g => new SkillCopyLine(names[g.Key.Item1], g.Key.Proficiency, g.Count(i => i.Action == BulkItemAction.WillChange),
                g.Count(i => i.Action == BulkItemAction.AlreadyDone)))
            .ToList();
        return new SkillCopyPlan(plan, copied);
    }

    /// <summary>Applies a plan as a journaled job.</summary>
    public Task<BulkJobResult> ApplyAsync(BulkPlan plan, IProgress<BulkProgress>? progress = null, CancellationToken ct = default) =>
        _engine.ApplyAsync(plan, progress, ct);

    /// <summary>
    /// Everyone with at least one skill or language × every skill and language, as formula-safe CSV: user id, name,
    /// email, one column per skill (its name), then one per language ("language: " and its name), each holding the
    /// proficiency (empty when the person does not have it). One directory pass with both expands.
    /// </summary>
    public async Task<byte[]> MatrixCsvAsync(CancellationToken ct = default)
    {
        var columns = new List<RoutingItem>([.. await GetItemsAsync(RoutingKind.Skill, ct), .. await GetItemsAsync(RoutingKind.Language, ct)]);
        var rows = new List<string?[]>();
        await foreach (var user in _api.Users.ListExpandedAsync(UsersApi.RoutingExpands, ct))
        {
            var byId = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            foreach (var kind in (RoutingKind[])[RoutingKind.Skill, RoutingKind.Language])
            {
                foreach (var (id, proficiency) in kind.Held(user) ?? await ReadHeldAsync(kind, user.Id, ct))
                {
                    if (proficiency is { } p) byId[id] = p;
                }
            }

            if (byId.Count == 0) continue;
            rows.Add([user.Id, user.Name, user.Email,
                .. columns.Select(c => byId.TryGetValue(c.Id, out var p) ? p.ToString(CultureInfo.InvariantCulture) : null)]);
        }

        return SafeCsvWriter.ToUtf8Bytes(
            ["userId", "name", "email", .. columns.Select(c => c.Kind == RoutingKind.Language ? $"language: {c.Name}" : c.Name)], rows);
    }

    /// <summary>
    /// The engine request that assigns or changes <paramref name="id"/> (a skill or language) for the identifiers planned from
    /// <paramref name="input"/>: each row's own proficiency where it has one, else <paramref name="proficiency"/>.
    /// Throws <see cref="ArgumentException"/> when a row has none and no default is given.
    /// </summary>
    public static Func<IReadOnlyList<string>, BulkRequest> ProficiencyRequest(BulkOperation operation, string id, SkillInput input, double? proficiency)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (proficiency is null && input.ValueProficiencies().Any(p => p is null))
            throw new ArgumentException("Give a proficiency from 0 to 5 for every row, or one for all.", nameof(proficiency));
        var levels = CsvRowValues.ByIdentifier(input.Identifiers, input.ProficiencyByRow);
        return identifiers => new BulkRequest(operation, id, identifiers)
        {
            Proficiency = proficiency,
            Proficiencies = input.HasRowProficiencies ? levels(identifiers) : null,
        };
    }

    private Task<BulkPlan> PlanWithProficiencyAsync(BulkOperation operation, string id, SkillInput input, double? proficiency, CancellationToken ct)
    {
        var request = ProficiencyRequest(operation, id, input, proficiency)(input.Identifiers.Values);
        return _engine.PlanAsync(request with { RequestedBy = _requestedBy, Lines = input.Identifiers.ValueLines }, ct);
    }

    /// <summary>A user's skills or languages read on their own (for a user a listing did not expand).</summary>
    private async Task<IEnumerable<(string Id, double? Proficiency)>> ReadHeldAsync(RoutingKind kind, string userId, CancellationToken ct) =>
        kind == RoutingKind.Language
            ? (await _api.Routing.GetUserLanguagesAsync(userId, ct)).Select(l => (l.Id, l.Proficiency))
            : (await _api.Routing.GetUserSkillsAsync(userId, ct)).Select(s => (s.Id, s.Proficiency));

    private async Task<User?> FindUserAsync(string identifier, CancellationToken ct)
    {
        var text = identifier.Trim();
        if (text.Contains('@', StringComparison.Ordinal)) return await _api.Users.SearchByEmailAsync(text, ct);
        var byId = await _api.Users.GetAsync(text, ct);
        return byId.Success ? byId.Data : null;
    }
}
