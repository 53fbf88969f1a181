using Azure;
using Azure.Data.Tables;

namespace PoliceSocial.Appeals;

/// <summary>
/// An occurrence that came too late (a pause or outage) and waits for a fresh approval. Kept in the appeal's own
/// partition (RowKey "missed|platform|occurrence") so re-approval reads one partition, not the whole schedule.
/// </summary>
public sealed class MissedOccurrenceEntity : ITableEntity
{
    public const string RowPrefix = "missed|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Platform { get; set; } = "";
    public int Occurrence { get; set; }
    public DateTimeOffset DueAt { get; set; }

    public static MissedOccurrenceEntity From(ScheduleEntryEntity entry) => new()
    {
        PartitionKey = entry.AppealId,
        RowKey = $"{RowPrefix}{entry.Platform}|{entry.Occurrence:D4}",
        Platform = entry.Platform,
        Occurrence = entry.Occurrence,
        DueAt = entry.DueAt,
    };
}
