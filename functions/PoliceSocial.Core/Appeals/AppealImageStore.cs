using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using PoliceSocial.Auditing;
using PoliceSocial.Officers;
using PoliceSocial.Platforms;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>Adds images to an appeal before approval, reads them for publishing, and deletes them on purge.</summary>
public sealed class AppealImageStore(StorageAccount storage, AppealStore appeals, AuditTrail audit)
{
    private readonly BlobContainerClient _container = storage.Container(BlobContainerNames.AppealImages);

    public async Task<WorkflowResult> AddAsync(string appealId, byte[] content, string? altText, Officer officer, CancellationToken cancellationToken)
    {
        var appeal = await appeals.FindAsync(appealId, cancellationToken);
        if (appeal is null)
        {
            return WorkflowResult.NotFound();
        }

        if (appeal.AppealStatus is not (AppealStatus.Draft or AppealStatus.Submitted or AppealStatus.Rejected))
        {
            return WorkflowResult.Conflict($"The appeal is {appeal.Status}: images can be added only before approval.");
        }

        var images = appeal.Images.ToList();
        var errors = new Dictionary<string, string>();
        var contentType = AppealImageRules.SniffContentType(content);
        if (images.Count >= AppealImageRules.MaxImages)
        {
            errors["file"] = $"An appeal has at most {AppealImageRules.MaxImages} images.";
        }
        else if (content.Length == 0 || content.Length > AppealImageRules.MaxBytes)
        {
            errors["file"] = $"The image must be at most {AppealImageRules.MaxBytes / (1024 * 1024)} MB.";
        }
        else if (contentType is null)
        {
            errors["file"] = "The file is not a JPEG, PNG, GIF or WebP image.";
        }

        if (AppealImageRules.CheckAltText(altText, appeal.PlatformList) is { } altError)
        {
            errors["altText"] = altError;
        }

        if (errors.Count > 0)
        {
            return WorkflowResult.Invalid(errors);
        }

        var blobName = $"{appealId}/{Guid.NewGuid():N}";
        await _container.GetBlobClient(blobName).UploadAsync(new BinaryData(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        images.Add(new AppealImage(blobName, contentType!, altText!.Trim(), content.Length));
        appeal.ImagesJson = JsonSerializer.Serialize(images, Json.Options);
        if (appeal.AppealStatus == AppealStatus.Rejected)
        {
            appeal.Status = nameof(AppealStatus.Submitted);
        }

        if (!await appeals.TryUpdateAsync(appeal, cancellationToken))
        {
            await _container.DeleteBlobIfExistsAsync(blobName, cancellationToken: cancellationToken);
            return WorkflowResult.Conflict("The appeal changed while the image was added; try again.");
        }

        await audit.RecordAsync(appealId, AuditActions.Edit, officer, $"image added ({contentType}, {content.Length} bytes), alt text: {altText}", cancellationToken);
        return WorkflowResult.Ok(appeal);
    }

    public async Task<IReadOnlyList<PostImage>> ReadAllAsync(AppealEntity appeal, CancellationToken cancellationToken)
    {
        var images = new List<PostImage>();
        foreach (var image in appeal.Images)
        {
            var content = await _container.GetBlobClient(image.BlobName).DownloadContentAsync(cancellationToken);
            images.Add(new PostImage(content.Value.Content.ToArray(), image.ContentType, image.AltText));
        }

        return images;
    }

    public async Task DeleteAllAsync(AppealEntity appeal, CancellationToken cancellationToken)
    {
        foreach (var image in appeal.Images)
        {
            await _container.DeleteBlobIfExistsAsync(image.BlobName, cancellationToken: cancellationToken);
        }
    }
}
