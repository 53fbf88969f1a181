using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Functions.Http;

namespace PoliceSocial.Functions.Appeals;

public sealed class EditAppealFunction(AppealWorkflow workflow)
{
    [Function("EditAppeal")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "appeals/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is not { } officer)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        var (submission, error) = await request.ReadJsonAsync<AppealSubmission>(cancellationToken);
        return submission is null
            ? new BadRequestObjectResult(new { error })
            : (await workflow.EditAsync(id, submission, officer, cancellationToken)).ToJson();
    }
}
