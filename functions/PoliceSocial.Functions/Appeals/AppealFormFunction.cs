using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Functions.Http;
using PoliceSocial.Platforms;

namespace PoliceSocial.Functions.Appeals;

public sealed class AppealFormFunction(IPlatformDirectory platforms)
{
    [Function("AppealForm")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "appeals/new")] HttpRequest request) =>
        request.FindOfficer() is null
            ? OfficerAuthentication.Unauthenticated()
            : AppealPages.Form(platforms.Enabled.Select(p => p.Platform));
}
