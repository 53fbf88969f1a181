using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PoliceSocial.Appeals;

namespace PoliceSocial.Functions.Appeals;

/// <summary>Maps a workflow outcome to the HTTP answer the JSON API gives.</summary>
public static class WorkflowResponses
{
    public static IActionResult ToJson(this WorkflowResult result) => result.Outcome switch
    {
        WorkflowOutcome.Ok => new OkObjectResult(AppealView.From(result.Appeal!)),
        WorkflowOutcome.Invalid => new BadRequestObjectResult(new { error = result.Message, errors = result.Errors }),
        WorkflowOutcome.Forbidden => new ObjectResult(new { error = result.Message }) { StatusCode = StatusCodes.Status403Forbidden },
        WorkflowOutcome.NotFound => new NotFoundObjectResult(new { error = result.Message }),
        _ => new ConflictObjectResult(new { error = result.Message }),
    };
}
