using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GenesysCloud.Tests.Diagnostics;

/// <summary>Answers in the API's shapes for <see cref="Support.FakeApiServer"/>.</summary>
internal static class FakeAnswers
{
    public static Task Json(HttpContext context, object body) => context.Response.WriteAsync(JsonSerializer.Serialize(body));

    public static Task NotFound(HttpContext context) => Error(context, 404, "The requested resource was not found.");

    public static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        var code = status switch
        {
            401 => "authentication.required",
            403 => "missing.permissions",
            404 => "not.found",
            _ => "bad.request",
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { message, code, status }));
    }
}
