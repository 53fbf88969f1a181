using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Functions.Http;

namespace PoliceSocial.Functions.Appeals;

/// <summary>Adds one image with its alt text to an appeal before approval (multipart form: file, altText).</summary>
public sealed class UploadAppealImageFunction(AppealImageStore images)
{
    [Function("UploadAppealImage")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "appeals/{id}/images")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (request.FindOfficer() is not { } officer)
        {
            return OfficerAuthentication.Unauthenticated();
        }

        if (!request.HasFormContentType || request.ContentLength is null or > AppealImageRules.MaxBytes + (64 * 1024))
        {
            return new BadRequestObjectResult(new { error = $"Send a multipart form with 'file' (an image of at most {AppealImageRules.MaxBytes / (1024 * 1024)} MB) and 'altText'." });
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
        {
            return new BadRequestObjectResult(new { error = "The form has no 'file'." });
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        return (await images.AddAsync(id, content.ToArray(), form["altText"].FirstOrDefault(), officer, cancellationToken)).ToJson();
    }
}
