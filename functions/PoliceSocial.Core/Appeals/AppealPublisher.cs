using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using PoliceSocial.Auditing;
using PoliceSocial.Officers;
using PoliceSocial.Platforms;
using PoliceSocial.Storage;
using PoliceSocial.Telemetry;
using PoliceSocial.Triage;

namespace PoliceSocial.Appeals;

/// <summary>
/// Publishes one due occurrence of an appeal on one platform, exactly once: the publication row is claimed before
/// the platform is called, a retry after an unclear failure first looks for the post on the platform, and a
/// rate-limited post is put back on the queue until the reset instead of sleeping.
/// </summary>
public sealed class AppealPublisher(
    AppealStore appeals,
    AppealImageStore images,
    ExactlyOncePosting posting,
    StorageAccount storage,
    IPlatformDirectory platforms,
    CrisisPause pause,
    QueueSender queues,
    AuditTrail audit,
    PipelineMetrics metrics,
    TimeProvider clock,
    ILogger<AppealPublisher> logger)
{
    private readonly TableClient _schedule = storage.Table(TableNames.Schedule);

    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        var occurrence = PublishOccurrence.Parse(message);
        var appeal = await appeals.FindAsync(occurrence.AppealId, cancellationToken);
        if (appeal is null || appeal.AppealStatus != AppealStatus.Scheduled)
        {
            logger.LogInformation("Appeal {AppealId} is {Status}: occurrence {Occurrence} on {Platform} cancelled", occurrence.AppealId, appeal?.Status ?? "gone", occurrence.Occurrence, occurrence.Platform);
            await SetEntryStateAsync(occurrence, ScheduleState.Cancelled, cancellationToken);
            return;
        }

        if ((await pause.ReadAsync(cancellationToken)).Holds(occurrence.Platform))
        {
            // Paused after it was queued: hand it back to the scheduler, which holds it until the pause ends.
            await SetEntryStateAsync(occurrence, ScheduleState.Pending, cancellationToken);
            logger.LogInformation("Appeal {AppealId} on {Platform}: held by the crisis pause", appeal.Id, occurrence.Platform);
            return;
        }

        var client = platforms.Find(occurrence.Platform);
        if (client is null)
        {
            await FailAsync(appeal, occurrence, $"the platform '{occurrence.Platform}' is no longer configured", cancellationToken);
            return;
        }

        var languages = appeal.WelshText is null ? new[] { "en" } : ["en", "cy"];
        foreach (var language in languages)
        {
            var outcome = await posting.PostAsync(appeal.Id, client, occurrence.Occurrence, language, appeal.TextFor(client.Platform, language),
                async ct => appeal.Images.Count == 0 ? null : await images.ReadAllAsync(appeal, ct), cancellationToken);
            switch (outcome.Result)
            {
                case PostingResult.Posted:
                    await audit.RecordAsync(appeal.Id, AuditActions.Publish, Officer.System,
                        $"published on {client.Platform} (occurrence {occurrence.Occurrence}, {language}) as {outcome.Publication.PlatformPostId}", cancellationToken);
                    metrics.PostPublished(client.Platform);
                    logger.LogInformation("Post published: appeal {AppealId} on {Platform} ({Language}) as {PostId}", appeal.Id, client.Platform, language, outcome.Publication.PlatformPostId);
                    break;
                case PostingResult.RetryLater:
                    await queues.SendAsync(QueueNames.Publish, occurrence with { Attempt = occurrence.Attempt + 1 }, cancellationToken, outcome.Delay);
                    logger.LogWarning("Appeal {AppealId} on {Platform}: {Reason}; retrying in {Delay}", appeal.Id, client.Platform, outcome.Reason, outcome.Delay);
                    return;
                case PostingResult.Failed:
                    await FailAsync(appeal, occurrence, outcome.Reason!, cancellationToken);
                    return;
            }
        }

        await SetEntryStateAsync(occurrence, ScheduleState.Published, cancellationToken);

        // Resolved while this post was on its way out: make sure the take-down catches it too.
        var now = await appeals.FindAsync(appeal.Id, cancellationToken);
        if (now is not null && now.AppealStatus != AppealStatus.Scheduled)
        {
            await queues.SendAsync(QueueNames.TakeDown, new TakeDownRequest(appeal.Id, client.Platform), cancellationToken);
        }
    }

    private async Task FailAsync(AppealEntity appeal, PublishOccurrence occurrence, string reason, CancellationToken cancellationToken)
    {
        await SetEntryStateAsync(occurrence, ScheduleState.Failed, cancellationToken);
        metrics.PostFailed(occurrence.Platform);
        await audit.RecordAsync(appeal.Id, AuditActions.PublishFailed, Officer.System, $"{occurrence.Platform} occurrence {occurrence.Occurrence}: {reason}", cancellationToken);
        await queues.SendAsync(QueueNames.Alerts, new UrgentAlert(UrgentAlert.FailedPost,
            $"Appeal '{appeal.Title}' ({appeal.CaseReference}) could not be posted on {occurrence.Platform}: {reason}",
            occurrence.Platform, appeal.Id, null, clock.GetUtcNow()), cancellationToken);
        logger.LogError("Appeal {AppealId} on {Platform} FAILED: {Reason}; alert raised", appeal.Id, occurrence.Platform, reason);
    }

    private async Task SetEntryStateAsync(PublishOccurrence occurrence, string state, CancellationToken cancellationToken)
    {
        await _schedule.UpdateEntityAsync(
            new TableEntity(occurrence.ScheduleBucket, occurrence.ScheduleRow) { ["State"] = state },
            ETag.All, TableUpdateMode.Merge, cancellationToken);
    }
}
