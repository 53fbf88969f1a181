using Azure;
using Azure.Data.Tables;

namespace PoliceSocial.Appeals;

/// <summary>
/// One due occurrence of one appeal on one platform. PartitionKey = the hour it is due ("yyyyMMddHH", UTC), so the
/// scheduler reads only the hours that have come, whatever is scheduled for the future.
/// </summary>
public sealed class ScheduleEntryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AppealId { get; set; } = "";
    public string Platform { get; set; } = "";
    public int Occurrence { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string State { get; set; } = ScheduleState.Pending;
    public DateTimeOffset? QueuedAt { get; set; }

    public static string BucketOf(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMddHH");

    public static DateTimeOffset BucketStart(string bucket) =>
        new(DateTime.ParseExact(bucket, "yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);

    public static ScheduleEntryEntity Create(string appealId, string platform, int occurrence, DateTimeOffset dueAt) => new()
    {
        PartitionKey = BucketOf(dueAt),
        RowKey = $"{dueAt.UtcDateTime:yyyyMMddHHmmss}|{appealId}|{platform}|{occurrence:D4}",
        AppealId = appealId,
        Platform = platform,
        Occurrence = occurrence,
        DueAt = dueAt,
    };
}

public static class ScheduleState
{
    public const string Pending = "pending";
    public const string Queued = "queued";
    public const string Published = "published";

    /// <summary>The appeal was resolved or withdrawn before this occurrence.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Came too late (pause, outage): waits for a fresh approval.</summary>
    public const string Missed = "missed";
    public const string Failed = "failed";
}
