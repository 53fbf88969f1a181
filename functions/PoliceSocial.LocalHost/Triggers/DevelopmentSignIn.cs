using Microsoft.AspNetCore.Http;
using PoliceSocial.Officers;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>
/// Stands in for App Service Authentication on a developer's machine: a request with no signed-in principal is
/// treated as a development officer (name from the X-Local-Officer header, default "local-officer"). Only the local
/// host has this; in Azure, Entra ID sign-in is enforced in front of the app.
/// </summary>
public sealed class DevelopmentSignIn(RequestDelegate next)
{
    public const string OfficerHeader = "X-Local-Officer";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Headers.ContainsKey(ClientPrincipal.HeaderName))
        {
            var id = context.Request.Headers[OfficerHeader].FirstOrDefault();
            id = string.IsNullOrWhiteSpace(id) || id.Length > 64 ? "local-officer" : id;
            var officer = new Officer(id, id, new HashSet<string> { Officer.ApproverRole, Officer.DutyInspectorRole });
            context.Request.Headers[ClientPrincipal.HeaderName] = ClientPrincipal.Encode(officer);
        }

        return next(context);
    }
}
