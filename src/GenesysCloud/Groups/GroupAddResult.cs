using System.Text.Json;

namespace GenesysCloud;

/// <summary>The outcome of one group member add batch (<see cref="GroupsApi.AddMembersBatchAsync"/>).</summary>
/// <param name="Response">The last answer: 202 on success, else the Genesys error with its correlation id.</param>
/// <param name="SentVersion">The group version the last attempt carried (the accepted one on success).</param>
/// <param name="VersionConflicts">How many attempts the API refused for a stale version before this answer.</param>
public sealed record GroupAddResult(ApiResponse<JsonElement> Response, int? SentVersion, int VersionConflicts)
{
    /// <summary>True when the batch failed because the version never matched within the conflict budget.</summary>
    public bool IsVersionConflict => Http.ConflictRetry.IsConflict(Response);
}
