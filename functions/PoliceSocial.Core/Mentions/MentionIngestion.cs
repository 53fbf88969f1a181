using Microsoft.Extensions.Logging;
using PoliceSocial.Platforms;
using PoliceSocial.Storage;
using PoliceSocial.Telemetry;

namespace PoliceSocial.Mentions;

/// <summary>
/// Polls every configured platform for new mentions and queues each new one once for classification.
/// Order matters for losing nothing: record in the ledger, queue, and only then advance the cursor, so a crash at any
/// point means the next poll sees the same mentions again.
/// </summary>
public sealed class MentionIngestion(
    IPlatformDirectory platforms,
    PollCursorStore cursors,
    MentionLedger ledger,
    QueueSender queues,
    PipelineMetrics metrics,
    TimeProvider clock,
    ILogger<MentionIngestion> logger)
{
    public async Task<int> PollAllAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        var failures = new List<Exception>();
        foreach (var client in platforms.Enabled)
        {
            try
            {
                queued += await PollAsync(client, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One platform's outage must not stop the others being polled.
                logger.LogError(e, "Polling {Platform} failed; its cursor is unchanged, the next poll retries", client.Platform);
                failures.Add(e);
            }
        }

        if (failures.Count > 0 && failures.Count == platforms.Enabled.Count)
        {
            throw new AggregateException("Every platform poll failed.", failures);
        }

        return queued;
    }

    public async Task<int> PollAsync(IPlatformClient client, CancellationToken cancellationToken)
    {
        var cursor = await cursors.GetAsync(client.Platform, cancellationToken);
        if (cursor.NotBefore is { } notBefore && notBefore > clock.GetUtcNow())
        {
            logger.LogInformation("{Platform}: rate-limited until {NotBefore:u}, not polled", client.Platform, notBefore);
            return 0;
        }

        MentionPoll poll;
        try
        {
            poll = await client.PollMentionsAsync(cursor.Cursor, cancellationToken);
        }
        catch (PlatformException e) when (e.IsTransient)
        {
            var until = e.RetryAfter ?? clock.GetUtcNow().AddMinutes(1);
            await cursors.DeferAsync(cursor, until, cancellationToken);
            logger.LogWarning("{Platform}: {Failure}, polling deferred until {Until:u}", client.Platform, e.Failure, until);
            return 0;
        }

        var fresh = await ledger.RecordAsync(poll.Mentions, cancellationToken);
        foreach (var batch in MentionBatch.Split(fresh))
        {
            await queues.SendAsync(QueueNames.Mentions, batch, cancellationToken);
        }

        metrics.MentionIngested(client.Platform, fresh.Count);
        foreach (var mention in fresh)
        {
            logger.LogInformation("Mention ingested: {Platform} {MentionId} from @{Author} → queued for classification", mention.Platform, mention.Id, mention.AuthorHandle);
        }

        if (!await cursors.AdvanceAsync(cursor, poll.NextCursor, cancellationToken))
        {
            logger.LogInformation("{Platform}: another poller moved the cursor first; duplicates were filtered by the ledger", client.Platform);
        }

        return fresh.Count;
    }
}
