using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Functions.Http;

namespace PoliceSocial.Functions.Appeals;

/// <summary>The steps of an appeal after it is created: submit a draft, approve, reject, re-approve missed posts, resolve.</summary>
public sealed class AppealDecisionFunctions(AppealWorkflow workflow)
{
    [Function("SubmitAppealDraft")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/submit")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        request.FindOfficer() is { } officer
            ? (await workflow.SubmitDraftAsync(id, officer, cancellationToken)).ToJson()
            : OfficerAuthentication.Unauthenticated();

    [Function("ApproveAppeal")]
    public async Task<IActionResult> Approve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/approve")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        request.FindOfficer() is { } officer
            ? (await workflow.ApproveAsync(id, officer, cancellationToken)).ToJson()
            : OfficerAuthentication.Unauthenticated();

    [Function("ReapproveMissedPosts")]
    public async Task<IActionResult> Reapprove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/reapprove-missed")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        request.FindOfficer() is { } officer
            ? (await workflow.ReapproveMissedAsync(id, officer, cancellationToken)).ToJson()
            : OfficerAuthentication.Unauthenticated();

    [Function("RejectAppeal")]
    public async Task<IActionResult> Reject(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/reject")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is not { } officer)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        var (body, error) = await request.ReadJsonAsync<ReasonRequest>(cancellationToken);
        return body is null
            ? new BadRequestObjectResult(new { error })
            : (await workflow.RejectAsync(id, body.Reason, officer, cancellationToken)).ToJson();
    }

    [Function("ResolveAppeal")]
    public async Task<IActionResult> Resolve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/resolve")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is not { } officer)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        var closingText = default(string);
        if (request.ContentLength is > 0)
        {
            var (body, error) = await request.ReadJsonAsync<ResolveRequest>(cancellationToken);
            if (body is null)
            {
                return new BadRequestObjectResult(new { error });
            }

            closingText = body.ClosingText;
        }

        return (await workflow.ResolveAsync(id, closingText, officer, cancellationToken)).ToJson();
    }

    public sealed record ReasonRequest(string? Reason);

    public sealed record ResolveRequest(string? ClosingText);
}
