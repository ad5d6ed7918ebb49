using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>People to change a skill for, each with the proficiency its row asks for (null: the one given for all).</summary>
/// <param name="Identifiers">The parsed identifiers, with their line numbers.</param>
/// <param name="ProficiencyByRow">Line number → the row's proficiency, for rows that have one.</param>
public sealed record SkillInput(IdentifierInput Identifiers, IReadOnlyDictionary<int, double> ProficiencyByRow)
{
    /// <summary>Input without per-row proficiencies (a paste, or a CSV without a proficiency column).</summary>
    public static SkillInput Of(IdentifierInput identifiers) => new(identifiers, new Dictionary<int, double>());

    /// <summary>True when at least one row sets its own proficiency.</summary>
    public bool HasRowProficiencies => ProficiencyByRow.Count > 0;

    /// <summary>The proficiency of each of <see cref="IdentifierInput.Values"/>, in order (null: none on that row).</summary>
    public IReadOnlyList<double?> ValueProficiencies() => CsvRowValues.InValueOrder(Identifiers, ProficiencyByRow);
}
