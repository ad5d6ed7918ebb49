using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.Framework;

public sealed class ApiErrorMessageTests
{
    [Fact]
    public void From_FailedResponse_ShowsStatusCodeMessageAndCorrelationId()
    {
        var response = new ApiResponse<Group>(false, null, "The version does not match.", 409)
        {
            ErrorCode = "conflict",
            ContextId = "ctx-123",
        };

        var text = ApiErrorMessage.From(response, "Adding members");

        Assert.Equal("Adding members failed (HTTP 409 conflict): The version does not match. Correlation id: ctx-123", text);
    }

    [Fact]
    public void From_GenesysApiException_ShowsStatusAndCorrelationId()
    {
        var exception = new GenesysApiException("Group not found", 404, "not.found", "ctx-9");

        var text = ApiErrorMessage.From(exception, "Loading members");

        Assert.Equal("Loading members failed (HTTP 404 not.found): Group not found. Correlation id: ctx-9", text);
    }

    [Fact]
    public void From_OtherException_ShowsItsMessage()
    {
        Assert.Equal("Request failed: boom.", ApiErrorMessage.From(new InvalidOperationException("boom")));
    }
}
