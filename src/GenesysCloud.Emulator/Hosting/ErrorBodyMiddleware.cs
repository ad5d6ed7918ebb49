namespace GenesysCloud.Emulator.Hosting;

/// <summary>
/// Gives every response a fresh contextId (also the inin-correlation-id header) and turns every
/// bodiless error or unhandled exception into an ErrorBody.
/// </summary>
internal sealed class ErrorBodyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var contextId = Guid.NewGuid().ToString();
        context.SetContextId(contextId);
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            context.SetContextId(contextId);
            var error = e is BadHttpRequestException rejection
                ? ApiError.From(rejection)
                : ApiError.ForStatus(StatusCodes.Status500InternalServerError);
            await error.ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentType is null && !context.IsDropped())
            await ApiError.ForStatus(response.StatusCode).ExecuteAsync(context);
    }
}
