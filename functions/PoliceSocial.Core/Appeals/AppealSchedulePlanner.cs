using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>Writes an approved appeal's occurrences into the hour-bucketed schedule table.</summary>
public sealed class AppealSchedulePlanner(StorageAccount storage, IOptions<PublishingOptions> options)
{
    private readonly TableClient _table = storage.Table(TableNames.Schedule);

    public TimeZoneInfo ForceTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Schedules every occurrence at or after <paramref name="notBefore"/>; returns how many entries were written.</summary>
    public async Task<int> PlanAsync(AppealEntity appeal, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        var entries = new List<ScheduleEntryEntity>();
        var occurrences = appeal.Schedule.Occurrences(ForceTimeZone);
        for (var index = 0; index < occurrences.Count; index++)
        {
            var due = occurrences[index] < notBefore ? notBefore : occurrences[index];
            if (occurrences[index] < notBefore.AddMinutes(-5) && index > 0)
            {
                continue; // a past repeat is not posted late
            }

            foreach (var platform in appeal.PlatformList)
            {
                entries.Add(ScheduleEntryEntity.Create(appeal.Id, platform, index, due));
            }
        }

        await WriteAsync(entries, cancellationToken);
        return entries.Count;
    }

    /// <summary>Schedules the given occurrences again, due at <paramref name="dueAt"/> (after a fresh approval).</summary>
    public async Task RescheduleAsync(string appealId, IEnumerable<(string Platform, int Occurrence)> occurrences, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await WriteAsync(occurrences.Select(o => ScheduleEntryEntity.Create(appealId, o.Platform, o.Occurrence, dueAt)).ToList(), cancellationToken);
    }

    private async Task WriteAsync(IReadOnlyList<ScheduleEntryEntity> entries, CancellationToken cancellationToken)
    {
        // Entity group transactions: up to 100 rows of one partition each, written atomically and idempotently.
        foreach (var bucket in entries.GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in bucket.Chunk(100))
            {
                await _table.SubmitTransactionAsync(
                    chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
            }
        }
    }
}
