using Azure;
using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Triage;

/// <summary>
/// One mention waiting in the triage inbox. PartitionKey "open"; the RowKey sorts urgent items first, then newest
/// first, so the inbox reads top-down with a single partition query.
/// </summary>
public sealed class TriageItemEntity : ITableEntity
{
    public const string OpenPartition = "open";

    public string PartitionKey { get; set; } = OpenPartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Platform { get; set; } = "";
    public string MentionId { get; set; } = "";
    public string AuthorHandle { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Url { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Label { get; set; } = "";
    public bool Urgent { get; set; }
    public double Confidence { get; set; }
    public string Cues { get; set; } = "";
    public string Language { get; set; } = "";

    public static string RowKeyFor(bool urgent, DateTimeOffset createdAt, string platform, string mentionId) =>
        $"{(urgent ? 0 : 1)}-{TableKey.NewestFirst(createdAt)}-{platform}-{TableKey.Escape(mentionId)}";
}
