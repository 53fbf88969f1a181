using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Functions.Http;

namespace PoliceSocial.Functions.Appeals;

/// <summary>The crisis pause switch: hold all scheduled posting, force-wide or for one platform, and resume it.</summary>
public sealed class CrisisPauseFunctions(PostingPauseControl control, CrisisPause pause)
{
    [Function("PausePosting")]
    public Task<IActionResult> Pause(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "posting/pause")] HttpRequest request, CancellationToken cancellationToken) =>
        SetAsync(request, paused: true, cancellationToken);

    [Function("ResumePosting")]
    public Task<IActionResult> Resume(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "posting/resume")] HttpRequest request, CancellationToken cancellationToken) =>
        SetAsync(request, paused: false, cancellationToken);

    [Function("GetPostingPause")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "posting/pause")] HttpRequest request, CancellationToken cancellationToken) =>
        request.FindOfficer() is null
            ? OfficerAuthentication.Unauthenticated()
            : new OkObjectResult(new { paused = (await pause.ReadAsync(cancellationToken)).PausedScopes.Order() });

    private async Task<IActionResult> SetAsync(HttpRequest request, bool paused, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is not { } officer)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        var (body, error) = await request.ReadJsonAsync<PauseRequest>(cancellationToken);
        if (body is null)
        {
            return new BadRequestObjectResult(new { error });
        }

        var result = await control.SetAsync(body.Scope, paused, body.Reason, officer, cancellationToken);
        return result switch
        {
            { Succeeded: true } => new OkObjectResult(new { paused = result.State!.PausedScopes.Order() }),
            { Forbidden: true } => new ObjectResult(new { error = result.Error }) { StatusCode = StatusCodes.Status403Forbidden },
            _ => new BadRequestObjectResult(new { error = result.Error }),
        };
    }

    public sealed record PauseRequest(string? Scope, string? Reason);
}
