using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>
/// Finds the occurrences that are due and queues each exactly once. It reads only the hour buckets from the oldest
/// one that still has open work up to now, so its cost does not grow with the number of future posts. Each entry is
/// claimed with its ETag, so two schedulers running at once never queue the same occurrence twice.
/// </summary>
public sealed class PublishScheduler(
    StorageAccount storage,
    AppealStore appeals,
    CrisisPause pause,
    QueueSender queues,
    TimeProvider clock,
    IOptions<PublishingOptions> options,
    ILogger<PublishScheduler> logger)
{
    private const string CursorPartition = "schedule";
    private const string CursorRow = "scan-from";

    private readonly TableClient _schedule = storage.Table(TableNames.Schedule);
    private readonly TableClient _cursors = storage.Table(TableNames.Cursors);
    private readonly PublishingOptions _options = options.Value;

    public async Task<SchedulerRun> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var paused = await pause.ReadAsync(cancellationToken);
        var run = new SchedulerRun();
        var nowBucket = ScheduleEntryEntity.BucketOf(now);
        string? oldestOpen = null;

        for (var bucketStart = ScheduleEntryEntity.BucketStart(await ReadScanFromAsync(now, cancellationToken));
             bucketStart <= now;
             bucketStart = bucketStart.AddHours(1))
        {
            var bucket = ScheduleEntryEntity.BucketOf(bucketStart);
            var open = false;
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {bucket} and (State eq {ScheduleState.Pending} or State eq {ScheduleState.Queued})");
            await foreach (var entry in _schedule.QueryAsync<ScheduleEntryEntity>(filter, cancellationToken: cancellationToken))
            {
                open |= await HandleAsync(entry, now, paused, run, cancellationToken);
            }

            if (open && oldestOpen is null)
            {
                oldestOpen = bucket;
            }
        }

        await _cursors.UpsertEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["Bucket"] = oldestOpen ?? nowBucket }, TableUpdateMode.Replace, cancellationToken);
        if (run.Queued + run.Missed + run.Held > 0)
        {
            logger.LogInformation("Scheduler: {Queued} posts queued, {Held} held by the crisis pause, {Missed} missed their window", run.Queued, run.Held, run.Missed);
        }

        return run;
    }

    /// <summary>Acts on one open entry; returns whether it is still open (so its bucket must be read again).</summary>
    private async Task<bool> HandleAsync(ScheduleEntryEntity entry, DateTimeOffset now, PauseState paused, SchedulerRun run, CancellationToken cancellationToken)
    {
        if (entry.DueAt > now)
        {
            return true;
        }

        if (entry.State == ScheduleState.Queued)
        {
            if (entry.QueuedAt is { } queuedAt && now - queuedAt < _options.RequeueAfter)
            {
                return true;
            }

            // Claimed long ago and still not published: the message was lost in a crash; the publisher is idempotent.
            if (await TryClaimAsync(entry, now, cancellationToken))
            {
                run.Requeued++;
            }

            return true;
        }

        if (paused.Holds(entry.Platform))
        {
            run.Held++;
            return true;
        }

        if (now - entry.DueAt > _options.LateWindow)
        {
            entry.State = ScheduleState.Missed;
            if (await TryUpdateAsync(entry, cancellationToken))
            {
                await appeals.RecordMissedAsync(entry, cancellationToken);
                run.Missed++;
                logger.LogWarning("Appeal {AppealId} on {Platform}: occurrence {Occurrence} due {DueAt:u} missed its window; it needs a fresh approval", entry.AppealId, entry.Platform, entry.Occurrence, entry.DueAt);
            }

            return false;
        }

        if (await TryClaimAsync(entry, now, cancellationToken))
        {
            run.Queued++;
            logger.LogInformation("Post due: appeal {AppealId} on {Platform} (occurrence {Occurrence}) → queued for publishing", entry.AppealId, entry.Platform, entry.Occurrence);
        }

        return true;
    }

    private async Task<bool> TryClaimAsync(ScheduleEntryEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        entry.State = ScheduleState.Queued;
        entry.QueuedAt = now;
        if (!await TryUpdateAsync(entry, cancellationToken))
        {
            return false; // another scheduler claimed it first
        }

        await queues.SendAsync(QueueNames.Publish,
            new PublishOccurrence(entry.AppealId, entry.Platform, entry.Occurrence, entry.PartitionKey, entry.RowKey), cancellationToken);
        return true;
    }

    private async Task<bool> TryUpdateAsync(ScheduleEntryEntity entry, CancellationToken cancellationToken)
    {
        try
        {
            await _schedule.UpdateEntityAsync(entry, entry.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    private async Task<string> ReadScanFromAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cursor = await _cursors.GetEntityIfExistsAsync<TableEntity>(CursorPartition, CursorRow, cancellationToken: cancellationToken);
        return cursor.HasValue && cursor.Value!.GetString("Bucket") is { } bucket
            ? bucket
            : ScheduleEntryEntity.BucketOf(now - _options.FirstScanLookback);
    }
}

/// <summary>What one scheduler run did.</summary>
public sealed class SchedulerRun
{
    public int Queued { get; set; }
    public int Requeued { get; set; }
    public int Held { get; set; }
    public int Missed { get; set; }
}
