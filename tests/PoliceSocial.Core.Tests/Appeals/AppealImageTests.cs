using Microsoft.Extensions.DependencyInjection;
using PoliceSocial.Appeals;
using PoliceSocial.Storage;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests.Appeals;

public sealed class AppealImageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    // The smallest valid PNG: a 1x1 transparent pixel.
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Images_with_alt_text_are_posted_with_the_appeal_and_deleted_on_purge()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var store = desk.Services.GetRequiredService<AppealImageStore>();
        var id = (await desk.Workflow.SubmitAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()), AppealDesk.Author, default)).Appeal!.Id;

        Assert.Equal(WorkflowOutcome.Ok, (await store.AddAsync(id, Png, "Sam, 15, smiling, with short dark hair", AppealDesk.Author, default)).Outcome);
        await desk.Workflow.ApproveAsync(id, AppealDesk.Approver, default);
        await desk.RunPublishingAsync();

        Assert.Equal("Sam, 15, smiling, with short dark hair", Assert.Single(await desk.Local.ListPublishedAsync(default)).AltTexts);

        await desk.Workflow.ResolveAsync(id, null, AppealDesk.Author, default);
        await desk.DrainTakeDownsAsync();
        desk.Clock.Advance(TimeSpan.FromDays(31));
        await desk.Services.GetRequiredService<AppealPurge>().PurgeDueAsync(default);

        var blobs = desk.Storage.Container(BlobContainerNames.AppealImages).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, id + "/", default);
        await foreach (var _ in blobs)
        {
            Assert.Fail("An image of a purged appeal is still stored.");
        }

        Assert.Empty((await desk.Appeals.FindAsync(id, default))!.Images);
    }

    [Fact]
    public async Task Bad_images_are_refused_with_the_reason()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var store = desk.Services.GetRequiredService<AppealImageStore>();
        var id = (await desk.Workflow.SubmitAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()), AppealDesk.Author, default)).Appeal!.Id;

        var notImage = await store.AddAsync(id, "<html>not an image</html>"u8.ToArray(), "alt", AppealDesk.Author, default);
        Assert.Contains("not a JPEG", notImage.Errors!["file"]);

        var noAlt = await store.AddAsync(id, Png, " ", AppealDesk.Author, default);
        Assert.Contains("Alt text is required", noAlt.Errors!["altText"]);

        for (var i = 0; i < AppealImageRules.MaxImages; i++)
        {
            Assert.Equal(WorkflowOutcome.Ok, (await store.AddAsync(id, Png, $"image {i}", AppealDesk.Author, default)).Outcome);
        }

        var fifth = await store.AddAsync(id, Png, "one too many", AppealDesk.Author, default);
        Assert.Contains("at most 4", fifth.Errors!["file"]);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)]
    public void Image_types_are_read_from_the_bytes(byte[] head, string? expected) =>
        Assert.Equal(expected, AppealImageRules.SniffContentType(head));
}
