using GenesysCloud.Emulator.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GenesysCloud.Emulator.SignIn;

/// <summary><c>GET /api/v2/users/me</c> (a person's token only) and <c>GET /api/v2/tokens/me</c>.</summary>
internal static class MeEndpoints
{
    private const string OrgId = "00000000-0000-4000-8000-0000000e0001";
    private const string OrgName = "Emulated org";

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v2/users/me", Me);
        app.MapGet("/api/v2/tokens/me", (HttpContext context, EmulatorSignIn signIn, EmulatorOptions options) =>
        {
            var person = signIn.PersonOf(context.GetAccessToken());
            var client = person is null
                ? new TokenClient(options.ClientId, "Emulator client credentials", new IdName(OrgId, OrgName))
                : new TokenClient(options.SignInClientId, "Emulator sign-in", new IdName(OrgId, OrgName));
            return TypedResults.Ok(new TokenInfo(new IdName(OrgId, OrgName), new IdName(OrgId, OrgName), [], client));
        });
        return app;
    }

    private static IResult Me(HttpContext context, EmulatorSignIn signIn, EmulatorState org, [FromQuery(Name = "expand")] string[]? expand)
    {
        if (signIn.PersonOf(context.GetAccessToken()) is not { } person || org.FindUser(person.UserId) is not { } user)
            return ApiError.BadRequest("This request requires a user context. Client credentials cannot be used for requests to this resource.");
        var me = new MeUser(user.Id, user.Name, user.Email, user.Username, user.State, $"/api/v2/users/{user.Id}");
        var expanded = (expand ?? []).SelectMany(e => e.Split(',')).Contains("authorization", StringComparer.OrdinalIgnoreCase);
        return TypedResults.Ok(expanded
            ? me with { Authorization = new UserAuthorization([new IdName(RoleId(person.Role), person.Role)], person.Permissions) }
            : me);
    }

    private static string RoleId(string role) => $"role-{role.Split(' ')[0].ToLowerInvariant()}";
}
