using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Functions.Http;
using PoliceSocial.Platforms;

namespace PoliceSocial.Functions.Appeals;

/// <summary>The appeal form's target and the JSON API's create call: the same service behind both.</summary>
public sealed class SubmitAppealFunction(AppealWorkflow workflow, IPlatformDirectory platforms)
{
    [Function("SubmitAppeal")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var officer = request.FindOfficer();
        if (officer is null)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        AppealSubmission? submission;
        if (request.IsForm())
        {
            var form = await request.ReadFormLimitedAsync(cancellationToken);
            if (form is null)
            {
                return AppealPages.Form(PlatformNamesOf(), new Dictionary<string, string> { ["form"] = $"The form is larger than {RequestBody.MaxBytes / 1024} KiB." }, 400);
            }

            submission = AppealForm.ToSubmission(form);
        }
        else
        {
            (submission, var error) = await request.ReadJsonAsync<AppealSubmission>(cancellationToken);
            if (submission is null)
            {
                return new BadRequestObjectResult(new { error });
            }
        }

        // The JSON API can save a draft (?draft=true) to submit later; the form always submits.
        var asDraft = !request.IsForm() && string.Equals(request.Query["draft"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        var result = await workflow.CreateAsync(submission, officer, asDraft, cancellationToken);
        if (!request.IsForm())
        {
            return result.Outcome == WorkflowOutcome.Ok
                ? new CreatedResult($"/api/appeals/{result.Appeal!.Id}", AppealView.From(result.Appeal))
                : result.ToJson();
        }

        return result.Outcome == WorkflowOutcome.Ok
            ? AppealPages.Submitted(result.Appeal!)
            : AppealPages.Form(PlatformNamesOf(), result.Errors, 400);
    }

    private IEnumerable<string> PlatformNamesOf() => platforms.Enabled.Select(p => p.Platform);
}
