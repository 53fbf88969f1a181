using Azure;
using Azure.Data.Tables;

namespace PoliceSocial.Triage;

/// <summary>
/// The claim on a conversation's one automatic 999 reply. PartitionKey = platform, RowKey = escaped conversation id:
/// inserting it is the lock (a second insert fails with 409), so two workers can never both reply.
/// </summary>
public sealed class UrgentReplyEntity : ITableEntity
{
    public const string Claimed = "claimed";
    public const string Replied = "replied";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The urgent mention that claimed the conversation: only its own retries may finish the reply.</summary>
    public string MentionId { get; set; } = "";
    public string Status { get; set; } = Claimed;
    public string Language { get; set; } = "";
    public string? PostId { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
}
