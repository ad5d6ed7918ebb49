using System.Text.Json;

namespace GenesysCloud.LiveTests;

/// <summary>How the live tests print an answer: its status, and on failure the error code, message and correlation id.</summary>
public static class LiveAnswer
{
    public static string Describe(ApiResponse<JsonElement> answer) =>
        answer.Success ? $"{answer.StatusCode}" : $"{answer.StatusCode} {answer.ErrorCode} {answer.Error} ({answer.ContextId})";
}
