using GenesysCloud.Emulator.Hosting;

namespace GenesysCloud.Emulator.SignIn;

/// <summary>403 <c>missing.permissions</c> when a signed-in person's role lacks what the endpoint needs, as the real API answers.</summary>
internal sealed class PersonPermissionMiddleware(RequestDelegate next, EmulatorSignIn signIn)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (signIn.PersonOf(context.GetAccessToken()) is { } person
            && context.GetEndpoint() is RouteEndpoint endpoint
            && EndpointPermissions.For(context.Request.Method, endpoint.RoutePattern.RawText) is { Count: > 0 } needed
            && !needed.Any(person.Has))
        {
            return new ApiError(403, "missing.permissions",
                $"Unable to perform the requested action. You are missing the following permission(s): [{string.Join(", ", needed)}]")
                .ExecuteAsync(context);
        }
        return next(context);
    }
}
