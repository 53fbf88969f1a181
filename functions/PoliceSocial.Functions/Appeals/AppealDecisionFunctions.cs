using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Functions.Http;

namespace PoliceSocial.Functions.Appeals;

/// <summary>An Approver's decision on a submitted appeal.</summary>
public sealed class AppealDecisionFunctions(AppealWorkflow workflow, AppealStore appeals)
{
    [Function("ApproveAppeal")]
    public async Task<IActionResult> Approve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/approve")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        request.FindOfficer() is { } officer
            ? (await workflow.ApproveAsync(id, officer, cancellationToken)).ToJson()
            : OfficerAuthentication.Unauthenticated();

    [Function("RejectAppeal")]
    public async Task<IActionResult> Reject(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/reject")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is not { } officer)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        var (body, error) = await request.ReadJsonAsync<RejectRequest>(cancellationToken);
        return body is null
            ? new BadRequestObjectResult(new { error })
            : (await workflow.RejectAsync(id, body.Reason, officer, cancellationToken)).ToJson();
    }

    [Function("GetAppeal")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "appeals/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is null)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        var appeal = await appeals.FindAsync(id, cancellationToken);
        return appeal is null ? new NotFoundObjectResult(new { error = "No such appeal." }) : new OkObjectResult(AppealView.From(appeal));
    }

    public sealed record RejectRequest(string? Reason);
}
