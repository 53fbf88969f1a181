using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Auditing;
using PoliceSocial.Functions.Http;

namespace PoliceSocial.Functions.Appeals;

/// <summary>Reading appeals: one with its publications, the list (optionally by status), and one's audit trail.</summary>
public sealed class AppealQueryFunctions(AppealStore appeals, AuditTrail audit)
{
    [Function("GetAppeal")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "appeals/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is null)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        var appeal = await appeals.FindAsync(id, cancellationToken);
        return appeal is null
            ? new NotFoundObjectResult(new { error = "No such appeal." })
            : new OkObjectResult(AppealView.From(appeal, await appeals.ListPublicationsAsync(appeal.Id, cancellationToken)));
    }

    [Function("ListAppeals")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "appeals")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is null)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        AppealStatus? status = null;
        if (request.Query["status"].FirstOrDefault() is { Length: > 0 } wanted)
        {
            if (!Enum.TryParse<AppealStatus>(wanted, ignoreCase: true, out var parsed))
            {
                return new BadRequestObjectResult(new { error = $"Unknown status; use one of {string.Join(", ", Enum.GetNames<AppealStatus>())}." });
            }

            status = parsed;
        }

        var list = await appeals.ListAsync(status, cancellationToken);
        return new OkObjectResult(list.OrderByDescending(a => a.SubmittedAt).Select(a => AppealView.From(a)).ToList());
    }

    [Function("GetAppealAudit")]
    public async Task<IActionResult> Audit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "appeals/{id}/audit")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is null)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        return await appeals.FindAsync(id, cancellationToken) is null
            ? new NotFoundObjectResult(new { error = "No such appeal." })
            : new OkObjectResult(await audit.ReadAsync(id, cancellationToken));
    }
}
