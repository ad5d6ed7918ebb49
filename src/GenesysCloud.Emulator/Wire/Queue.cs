using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

internal sealed record Queue(
    string Id, string Name, EntityRef Division, string Description, DateTimeOffset DateCreated, DateTimeOffset DateModified,
    int MemberCount, int UserMemberCount, int JoinedMemberCount, IReadOnlyList<MemberGroup> MemberGroups, AcwSettings AcwSettings,
    string SkillEvaluationMethod, bool AutoAnswerOnly, bool EnableTranscription, bool EnableManualAssignment, string SelfUri)
{
    public static Queue From(EmulatorState org, EmulatorQueue queue) => new(
        queue.Id, queue.Name, DivisionRef.From(org.Division), queue.Description, queue.DateCreated, queue.DateCreated,
        queue.MemberCount, queue.UserMemberCount, queue.JoinedMemberCount,
        [.. queue.MemberGroupIds.Select(org.FindGroup).OfType<EmulatorGroup>().Select(MemberGroup.From)],
        new AcwSettings("OPTIONAL_TIMEOUT", 30000), "BEST",
        AutoAnswerOnly: false, EnableTranscription: false, EnableManualAssignment: false, $"/api/v2/routing/queues/{queue.Id}");
}
