using System.Reflection;
using System.Text.RegularExpressions;

namespace GenesysCloud.Utilities;

/// <summary>
/// The utilities found at start-up. Every non-abstract <see cref="UtilityBase"/> subclass in the
/// scanned assemblies is a utility, so adding a utility means adding its folder and nothing else.
/// </summary>
public sealed partial class UtilityRegistry
{
    private readonly Dictionary<string, UtilityDescriptor> _byId;

    /// <summary>Builds the registry from utility component types.</summary>
    /// <exception cref="InvalidOperationException">Two types share an id, an id is not URL-safe, or a type is not a utility.</exception>
    public UtilityRegistry(IEnumerable<Type> utilityTypes)
    {
        _byId = new Dictionary<string, UtilityDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in utilityTypes.Distinct())
        {
            var descriptor = Describe(type);
            if (_byId.TryGetValue(descriptor.Config.Id, out var existing))
            {
                throw new InvalidOperationException(
                    $"Duplicate utility id '{descriptor.Config.Id}': {existing.ComponentType.FullName} and {type.FullName}. " +
                    "Each utility needs its own UtilityConfig.Id.");
            }

            _byId.Add(descriptor.Config.Id, descriptor);
        }

        All = [.. _byId.Values.OrderBy(d => d.Config.Category, StringComparer.OrdinalIgnoreCase)
                              .ThenBy(d => d.Config.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Scans the assemblies for non-abstract <see cref="UtilityBase"/> subclasses.</summary>
    public static UtilityRegistry Discover(IEnumerable<Assembly> assemblies) =>
        new(assemblies.Distinct().SelectMany(a => a.GetTypes())
                      .Where(t => t is { IsAbstract: false, IsClass: true, IsGenericTypeDefinition: false }
                                  && typeof(UtilityBase).IsAssignableFrom(t)));

    /// <summary>All utilities, by category then name.</summary>
    public IReadOnlyList<UtilityDescriptor> All { get; }

    /// <summary>The utility with this id (case-insensitive), or null.</summary>
    public UtilityDescriptor? Find(string? id) =>
        id is not null && _byId.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>Utilities matching the search text (see <see cref="UtilityConfig.Matches"/>), grouped by category, categories by name.</summary>
    public IReadOnlyList<UtilityCategory> GroupByCategory(string? searchText = null) =>
        [.. All.Where(d => d.Config.Matches(searchText))
               .GroupBy(d => d.Config.Category, StringComparer.OrdinalIgnoreCase)
               .Select(g => new UtilityCategory(g.Key, [.. g]))];

    private static UtilityDescriptor Describe(Type type)
    {
        if (type.IsAbstract || !typeof(UtilityBase).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"{type.FullName} is not a non-abstract UtilityBase.");
        }

        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"Utility {type.FullName} needs a public parameterless constructor (use [Inject] for services).");
        }

        var config = ((UtilityBase)Activator.CreateInstance(type)!).Config
            ?? throw new InvalidOperationException($"Utility {type.FullName} returned no Config.");
        if (!IdPattern().IsMatch(config.Id))
        {
            throw new InvalidOperationException(
                $"Utility {type.FullName} has id '{config.Id}'; ids are lower-case letters, digits and hyphens.");
        }

        return new UtilityDescriptor(config, type);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
