using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace GenesysCloud.Emulator.SignIn;

/// <summary>
/// <c>GET /oauth/authorize</c>: a small sign-in page listing the demo people (passwords shown) with one button each;
/// <c>POST /oauth/authorize</c>: checks the password and sends the browser back with a single-use code and the state.
/// </summary>
internal static class AuthorizeEndpoints
{
    public static IEndpointRouteBuilder MapAuthorize(this IEndpointRouteBuilder app)
    {
        app.MapGet("/oauth/authorize", (HttpRequest request, EmulatorSignIn signIn) =>
            Answer(name => request.Query[name], signIn, person: null));
        app.MapPost("/oauth/authorize", async (HttpRequest request, EmulatorSignIn signIn) =>
        {
            if (!request.HasFormContentType)
                return Page(400, "<p>The sign-in form was not sent as a form.</p>");
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var person = signIn.FindPerson(form["user_id"].ToString());
            return person is null || !EmulatorSignIn.FixedEquals(form["password"].ToString(), person.Password)
                ? Answer(name => form[name], signIn, person: null, "The name or password is wrong.")
                : Answer(name => form[name], signIn, person);
        }).DisableAntiforgery();
        return app;
    }

    private static IResult Answer(Func<string, StringValues> get, EmulatorSignIn signIn, DemoPerson? person, string? failure = null)
    {
        var (request, error, redirectable) = AuthorizeRequest.Read(get, signIn);
        if (request is null)
        {
            return redirectable
                ? Results.Redirect(QueryHelpers.AddQueryString(get("redirect_uri").ToString(),
                    new Dictionary<string, string?> { ["error"] = "invalid_request", ["error_description"] = error, ["state"] = get("state").ToString() }))
                : Page(400, $"<p role=\"alert\">This sign-in link is not valid: {Encode(error)}</p>");
        }
        if (person is null)
            return Page(failure is null ? 200 : 400, SignInForm(request, signIn.People, failure));
        var code = signIn.IssueCode(person, request.ClientId, request.RedirectUri, request.CodeChallenge);
        return Results.Redirect(QueryHelpers.AddQueryString(request.RedirectUri,
            new Dictionary<string, string?> { ["code"] = code, ["state"] = request.State }));
    }

    private static string SignInForm(AuthorizeRequest request, IReadOnlyList<DemoPerson> people, string? failure)
    {
        var html = new StringBuilder("<h1>Sign in to the demo org</h1>");
        html.Append("<p>Genesys Cloud emulator: generated people, nothing real. Demo passwords are shown.</p>");
        if (failure is not null)
            html.Append("<p role=\"alert\" id=\"signin-error\">").Append(Encode(failure)).Append("</p>");
        if (people.Count == 0)
            html.Append("<p>This org has no people who can sign in.</p>");
        html.Append("<ul>");
        foreach (var person in people)
        {
            html.Append("<li><form method=\"post\" action=\"authorize\">")
                .Append(Hidden("client_id", request.ClientId)).Append(Hidden("redirect_uri", request.RedirectUri))
                .Append(Hidden("response_type", "code")).Append(Hidden("state", request.State))
                .Append(Hidden("code_challenge", request.CodeChallenge)).Append(Hidden("code_challenge_method", "S256"))
                .Append(Hidden("user_id", person.UserId))
                .Append("<strong>").Append(Encode(person.Name)).Append("</strong> (").Append(Encode(person.Role)).Append(") ")
                .Append(Encode(person.Email)).Append(" — password <code>").Append(Encode(person.Password)).Append("</code> ")
                .Append("<input type=\"hidden\" name=\"password\" value=\"").Append(Encode(person.Password)).Append("\">")
                .Append("<button type=\"submit\" data-role=\"").Append(Encode(person.Role)).Append("\">Sign in as ")
                .Append(Encode(person.Name)).Append("</button></form></li>");
        }
        return html.Append("</ul>").ToString();
    }

    private static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">";

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    private static IResult Page(int status, string body) => new SignInPage(status,
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in · Genesys Cloud emulator</title></head><body>{body}</body></html>");

    private sealed class SignInPage(int status, string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            // A login page must not be framed or run scripts someone else supplies.
            response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            response.Headers.XFrameOptions = "DENY";
            return response.WriteAsync(html);
        }
    }
}
