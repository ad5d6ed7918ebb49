namespace GenesysCloud.Tests.Http;

public sealed class ApiResponseTests
{
    [Fact]
    public void EnsureSuccess_Failure_ThrowsExceptionCarryingStatusCodeAndContext()
    {
        var failure = new ApiResponse<User>(false, null, "User not found", 404) { ErrorCode = "not.found", ContextId = "ctx-1" };

        var ex = Assert.Throws<GenesysApiException>(() => failure.EnsureSuccess());

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("not.found", ex.ErrorCode);
        Assert.Equal("ctx-1", ex.ContextId);
        Assert.Contains("User not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureSuccess_Success_ReturnsData()
    {
        var user = new User { Id = "u1" };

        Assert.Same(user, new ApiResponse<User>(true, user, null, 200).EnsureSuccess());
    }
}
