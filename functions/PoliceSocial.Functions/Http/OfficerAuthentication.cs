using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PoliceSocial.Officers;

namespace PoliceSocial.Functions.Http;

/// <summary>
/// Who is calling. App Service Authentication (Entra ID) signs the officer in before the request reaches the app
/// and passes the identity in X-MS-CLIENT-PRINCIPAL; a request without it is refused.
/// </summary>
public static class OfficerAuthentication
{
    public static Officer? FindOfficer(this HttpRequest request) =>
        ClientPrincipal.Parse(request.Headers[ClientPrincipal.HeaderName].FirstOrDefault());

    public static IActionResult Unauthenticated() =>
        new ObjectResult(new { error = "Sign in with your force account to use this page." }) { StatusCode = StatusCodes.Status401Unauthorized };
}
