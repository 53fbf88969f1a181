using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
    StorageAccount storage,
    IPlatformDirectory platforms,
    CrisisPause pause,
    QueueSender queues,
    AuditTrail audit,
    PipelineMetrics metrics,
    TimeProvider clock,
    IOptions<PublishingOptions> options,
    ILogger<AppealPublisher> logger)
{
    private readonly TableClient _schedule = storage.Table(TableNames.Schedule);
    private readonly PublishingOptions _options = options.Value;

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
            var outcome = await PublishOneAsync(appeal, client, occurrence, language, cancellationToken);
            switch (outcome)
            {
                case { Kind: OutcomeKind.RetryLater }:
                    await queues.SendAsync(QueueNames.Publish, occurrence with { Attempt = occurrence.Attempt + 1 }, cancellationToken, outcome.Delay);
                    logger.LogWarning("Appeal {AppealId} on {Platform}: {Reason}; retrying in {Delay}", appeal.Id, client.Platform, outcome.Reason, outcome.Delay);
                    return;
                case { Kind: OutcomeKind.Failed }:
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

    private async Task<Outcome> PublishOneAsync(AppealEntity appeal, IPlatformClient client, PublishOccurrence occurrence, string language, CancellationToken cancellationToken)
    {
        var rowKey = PublicationEntity.RowKeyFor(client.Platform, occurrence.Occurrence, language);
        var publication = await appeals.FindPublicationAsync(appeal.Id, rowKey, cancellationToken) ?? new PublicationEntity
        {
            PartitionKey = appeal.Id,
            RowKey = rowKey,
            Platform = client.Platform,
            Occurrence = occurrence.Occurrence,
            Language = language,
        };

        switch (publication.State)
        {
            case PublicationState.Published or PublicationState.Deleted:
                return Outcome.Done;
            case PublicationState.Failed:
                return Outcome.Fail(publication.LastError ?? "failed earlier");
        }

        var mayAlreadyBePosted = publication.Attempts > 0;
        publication.Attempts++;
        if (publication.Attempts > _options.MaxAttempts)
        {
            publication.State = PublicationState.Failed;
            await appeals.TrySavePublicationAsync(publication, cancellationToken);
            return Outcome.Fail($"gave up after {_options.MaxAttempts} attempts: {publication.LastError}");
        }

        if (!await appeals.TrySavePublicationAsync(publication, cancellationToken))
        {
            return Outcome.Retry(TimeSpan.FromMinutes(1), "another worker is publishing it");
        }

        var request = new PostRequest(
            PublicationEntity.IdempotencyKeyFor(appeal.Id, client.Platform, occurrence.Occurrence, language),
            appeal.TextFor(client.Platform, language),
            Images: appeal.Images.Count == 0 ? null : await images.ReadAllAsync(appeal, cancellationToken));
        try
        {
            var posted = (mayAlreadyBePosted ? await client.FindRecentPostAsync(request, cancellationToken) : null)
                ?? await client.PublishAsync(request, cancellationToken);
            publication.State = PublicationState.Published;
            publication.PlatformPostId = posted.PlatformPostId;
            publication.Url = posted.Url;
            publication.PublishedAt = clock.GetUtcNow();
            publication.LastError = null;
        }
        catch (PlatformException e) when (e.IsTransient)
        {
            publication.LastError = e.Message;
            await appeals.TrySavePublicationAsync(publication, cancellationToken);
            var backOff = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, publication.Attempts - 1)));
            var delay = e.RetryAfter is { } until && until > clock.GetUtcNow() ? until - clock.GetUtcNow() : backOff;
            return Outcome.Retry(delay > TimeSpan.FromDays(6) ? TimeSpan.FromDays(6) : delay, e.Failure.ToString());
        }
        catch (PlatformException e)
        {
            publication.State = PublicationState.Failed;
            publication.LastError = e.Message;
            await appeals.TrySavePublicationAsync(publication, cancellationToken);
            return Outcome.Fail(e.Message);
        }

        // The post is out: if saving this fails, the retry finds it on the platform instead of posting again.
        await appeals.TrySavePublicationAsync(publication, cancellationToken);
        await audit.RecordAsync(appeal.Id, AuditActions.Publish, Officer.System,
            $"published on {client.Platform} (occurrence {occurrence.Occurrence}, {language}) as {publication.PlatformPostId}", cancellationToken);
        metrics.PostPublished(client.Platform);
        logger.LogInformation("Post published: appeal {AppealId} on {Platform} ({Language}) as {PostId}", appeal.Id, client.Platform, language, publication.PlatformPostId);
        return Outcome.Done;
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

    private enum OutcomeKind { Done, RetryLater, Failed }

    private sealed record Outcome(OutcomeKind Kind, TimeSpan Delay = default, string? Reason = null)
    {
        public static readonly Outcome Done = new(OutcomeKind.Done);
        public static Outcome Retry(TimeSpan delay, string reason) => new(OutcomeKind.RetryLater, delay, reason);
        public static Outcome Fail(string reason) => new(OutcomeKind.Failed, Reason: reason);
    }
}
