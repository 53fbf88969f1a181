using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PoliceSocial.Appeals;
using PoliceSocial.Storage;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests.Appeals;

public sealed class PublishSchedulerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_repeating_appeal_is_posted_at_each_occurrence_and_stops_on_its_end_date()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var start = desk.Clock.GetUtcNow();
        var submission = AppealDesk.Submission(start);
        submission.RepeatEveryHours = 6;
        submission.RepeatUntil = start.AddHours(24).ToString("O");
        var appeal = await desk.SubmitAndApproveAsync(submission);

        for (var hour = 0; hour <= 48; hour++)
        {
            await desk.RunPublishingAsync();
            desk.Clock.Advance(TimeSpan.FromHours(1));
        }

        var publications = await desk.Appeals.ListPublicationsAsync(appeal.Id, default);
        Assert.Equal([0, 1, 2, 3, 4], publications.Select(p => p.Occurrence).Order());
        Assert.All(publications, p => Assert.True(p.PublishedAt <= start.AddHours(24).AddMinutes(59)));
        Assert.Equal(5, (await desk.Local.ListPublishedAsync(default)).Count);
    }

    [Fact]
    public async Task Two_schedulers_running_at_once_queue_each_occurrence_once()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        await using var second = TestServices.Create(azurite, desk.Clock);
        var otherScheduler = second.GetRequiredService<PublishScheduler>();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add((await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow().AddMinutes(i)))).Id);
        }

        desk.Clock.Advance(TimeSpan.FromMinutes(12));
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(desk.Scheduler.QueueDueAsync(default), otherScheduler.QueueDueAsync(default), desk.Scheduler.QueueDueAsync(default));
        }

        var queued = new List<string>();
        List<string> batch;
        while ((batch = await desk.TakeMessageTextsAsync(desk.Storage.Queue(QueueNames.Publish))).Count > 0)
        {
            queued.AddRange(batch.Select(m => PublishOccurrence.Parse(m).AppealId));
        }

        Assert.Equal(ids.Order(), queued.Order());
    }

    [Fact]
    public async Task The_crisis_pause_holds_posting_and_resume_within_the_window_posts_it()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var control = desk.Services.GetRequiredService<PostingPauseControl>();
        Assert.True((await control.SetAsync("all", true, "Major incident in the city centre", AppealDesk.Inspector, default)).Succeeded);
        await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));

        var run = await desk.Scheduler.QueueDueAsync(default);
        Assert.Equal(1, run.Held);
        Assert.Equal(0, await desk.CountAsync(QueueNames.Publish));

        desk.Clock.Advance(TimeSpan.FromMinutes(10));
        await control.SetAsync("all", false, null, AppealDesk.Inspector, default);
        Assert.Equal(1, await desk.RunPublishingAsync());
        Assert.Single(await desk.Local.ListPublishedAsync(default));
    }

    [Fact]
    public async Task A_pause_on_one_platform_holds_only_that_platform()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        await desk.Services.GetRequiredService<PostingPauseControl>().SetAsync("x", true, "X outage", AppealDesk.Inspector, default);
        await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));

        var run = await desk.Scheduler.QueueDueAsync(default);
        Assert.Equal(0, run.Held);
        Assert.Equal(1, run.Queued);
    }

    [Fact]
    public async Task Posts_that_missed_their_window_during_a_pause_wait_for_a_fresh_approval()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var control = desk.Services.GetRequiredService<PostingPauseControl>();
        await control.SetAsync("all", true, "Major incident", AppealDesk.Inspector, default);
        var appeal = await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));
        await desk.Scheduler.QueueDueAsync(default);

        desk.Clock.Advance(TimeSpan.FromHours(3));
        await control.SetAsync("all", false, null, AppealDesk.Inspector, default);
        var run = await desk.Scheduler.QueueDueAsync(default);
        Assert.Equal(1, run.Missed);
        Assert.Equal(0, await desk.RunPublishingAsync());
        Assert.Empty(await desk.Local.ListPublishedAsync(default));

        Assert.Equal(WorkflowOutcome.Ok, (await desk.Workflow.ReapproveMissedAsync(appeal.Id, AppealDesk.Approver, default)).Outcome);
        Assert.Equal(1, await desk.RunPublishingAsync());
        Assert.Single(await desk.Local.ListPublishedAsync(default));
        Assert.Equal(WorkflowOutcome.Conflict, (await desk.Workflow.ReapproveMissedAsync(appeal.Id, AppealDesk.Approver, default)).Outcome);
    }

    [Fact]
    public async Task Only_a_duty_inspector_or_approver_may_pause()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var control = desk.Services.GetRequiredService<PostingPauseControl>();
        Assert.True((await control.SetAsync("all", true, "reason", AppealDesk.Author, default)).Forbidden);
        Assert.False((await control.SetAsync("myspace", true, "reason", AppealDesk.Inspector, default)).Succeeded);
        Assert.False((await control.SetAsync("all", true, "", AppealDesk.Inspector, default)).Succeeded);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(10_000)]
    public async Task The_scheduler_reads_the_same_amount_of_storage_whatever_is_scheduled_for_the_future(int futureAppeals)
    {
        var storage = await azurite.CreateStorageAsync();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));
        var observer = new StorageRequestObserver();
        await using var services = TestServices.Create(azurite, clock, configure: s => s.AddSingleton(observer));

        // Future posts spread over the next 30 days, and 3 due in this hour.
        var entries = Enumerable.Range(0, futureAppeals)
            .Select(i => ScheduleEntryEntity.Create($"future{i:D5}", "local", 0, clock.GetUtcNow().AddMinutes(61 + (i * 43_200L / futureAppeals))))
            .Concat(Enumerable.Range(0, 3).Select(i => ScheduleEntryEntity.Create($"due{i}", "local", 0, clock.GetUtcNow().AddMinutes(-i))));
        var table = storage.Table(TableNames.Schedule);
        foreach (var bucket in entries.GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in bucket.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
            }
        }

        var scheduler = services.GetRequiredService<PublishScheduler>();
        await scheduler.QueueDueAsync(default); // the first run settles the scan position
        clock.Advance(TimeSpan.FromMinutes(1));

        observer.Reset();
        var run = await scheduler.QueueDueAsync(default);

        Assert.Equal(0, run.Queued);
        // Read: the pause switch, the scan position, this hour's bucket; write: the scan position.
        Assert.Equal(4, observer.Requests);
    }
}
