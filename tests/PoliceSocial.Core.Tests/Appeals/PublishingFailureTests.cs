using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PoliceSocial.Appeals;
using PoliceSocial.Platforms;
using PoliceSocial.Storage;
using PoliceSocial.Testing;
using PoliceSocial.Triage;

namespace PoliceSocial.Core.Tests.Appeals;

public sealed class PublishingFailureTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static Task<AppealDesk> CreateDeskAsync(AzuriteFixture azurite, ScriptedPlatform[] platform) =>
        AppealDesk.CreateAsync(azurite,
            services => services.AddSingleton<IPlatformClient>(sp => platform[0] = new ScriptedPlatform(sp.GetRequiredService<PoliceSocial.Platforms.Local.LocalPlatformClient>())),
            new Dictionary<string, string?> { ["Platforms:Local:Enabled"] = "false" });

    [Fact]
    public async Task A_platform_500_after_accepting_the_post_does_not_duplicate_it()
    {
        var platform = new ScriptedPlatform[1];
        await using var desk = await CreateDeskAsync(azurite, platform);
        _ = desk.Services.GetRequiredService<IPlatformDirectory>().Enabled;
        platform[0].AcceptThenFailPublishes = 1;
        var appeal = await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));

        await desk.Scheduler.QueueDueAsync(default);
        var message = Assert.Single(await desk.TakeMessageTextsAsync(desk.Storage.Queue(QueueNames.Publish)));
        await desk.Publisher.HandleAsync(message, default);

        // The retry comes back (as the delayed message would): it finds the post on the platform instead of posting again.
        var retry = JsonSerializer.Deserialize<PublishOccurrence>(message, Json.Options)! with { Attempt = 2 };
        await desk.Publisher.HandleAsync(JsonSerializer.Serialize(retry, Json.Options), default);
        await desk.Publisher.HandleAsync(JsonSerializer.Serialize(retry, Json.Options), default);

        Assert.Single(await desk.Local.ListPublishedAsync(default));
        Assert.Equal(1, platform[0].PublishCalls);
        var publication = Assert.Single(await desk.Appeals.ListPublicationsAsync(appeal.Id, default));
        Assert.Equal(PublicationState.Published, publication.State);
        Assert.Equal(2, publication.Attempts);
    }

    [Fact]
    public async Task A_rate_limited_post_waits_on_the_queue_until_the_reset_and_is_not_lost()
    {
        var platform = new ScriptedPlatform[1];
        await using var desk = await CreateDeskAsync(azurite, platform);
        _ = desk.Services.GetRequiredService<IPlatformDirectory>().Enabled;
        platform[0].RateLimitedUntil = desk.Clock.GetUtcNow().AddMinutes(15);
        await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));

        Assert.Equal(1, await desk.RunPublishingAsync());

        Assert.Empty(await desk.Local.ListPublishedAsync(default));
        Assert.Equal(1, await desk.CountAsync(QueueNames.Publish)); // back on the queue, invisible until the reset
        Assert.Empty((await desk.Storage.Queue(QueueNames.Publish).PeekMessagesAsync()).Value);
    }

    [Fact]
    public async Task After_the_retry_budget_a_post_is_marked_failed_and_an_alert_is_raised()
    {
        var platform = new ScriptedPlatform[1];
        await using var desk = await CreateDeskAsync(azurite, platform);
        _ = desk.Services.GetRequiredService<IPlatformDirectory>().Enabled;
        var appeal = await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));
        await desk.Scheduler.QueueDueAsync(default);
        var message = Assert.Single(await desk.TakeMessageTextsAsync(desk.Storage.Queue(QueueNames.Publish)));

        var options = new PublishingOptions();
        for (var attempt = 1; attempt <= options.MaxAttempts + 1; attempt++)
        {
            platform[0].RateLimitedUntil = desk.Clock.GetUtcNow().AddSeconds(1);
            await desk.Publisher.HandleAsync(message, default);
        }

        var publication = Assert.Single(await desk.Appeals.ListPublicationsAsync(appeal.Id, default));
        Assert.Equal(PublicationState.Failed, publication.State);
        var alert = JsonSerializer.Deserialize<UrgentAlert>(Assert.Single(await desk.TakeMessageTextsAsync(desk.Storage.Queue(QueueNames.Alerts))), Json.Options)!;
        Assert.Equal(UrgentAlert.FailedPost, alert.Kind);
        Assert.Contains(appeal.Title, alert.Summary);
    }

    [Fact]
    public async Task A_take_down_retries_until_the_platform_confirms_the_delete()
    {
        var platform = new ScriptedPlatform[1];
        await using var desk = await CreateDeskAsync(azurite, platform);
        _ = desk.Services.GetRequiredService<IPlatformDirectory>().Enabled;
        var appeal = await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));
        await desk.RunPublishingAsync();
        platform[0].FailingDeletes = 2;

        await desk.Workflow.ResolveAsync(appeal.Id, null, AppealDesk.Author, default);
        var message = Assert.Single(await desk.TakeMessageTextsAsync(desk.Storage.Queue(QueueNames.TakeDown)));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var request = JsonSerializer.Deserialize<TakeDownRequest>(message, Json.Options)! with { Attempt = attempt };
            await desk.TakeDown.HandleAsync(JsonSerializer.Serialize(request, Json.Options), default);
            var status = (await desk.Appeals.FindAsync(appeal.Id, default))!.Status;
            Assert.Equal(attempt < 3 ? nameof(AppealStatus.Resolved) : nameof(AppealStatus.TakenDown), status);
        }

        Assert.True(Assert.Single(await desk.Local.ListPublishedAsync(default)).Deleted);
        Assert.Equal(2, await desk.CountAsync(QueueNames.TakeDown)); // the two retries that were scheduled
    }
}
