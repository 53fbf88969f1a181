using Azure;
using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Mentions;

/// <summary>A mention's row: PartitionKey = platform, RowKey = escaped platform id. One row per mention, ever.</summary>
public sealed class MentionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string MentionId { get; set; } = "";
    public string AuthorHandle { get; set; } = "";
    public string? AuthorId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? ConversationId { get; set; }
    public string? InReplyToId { get; set; }
    public string? Url { get; set; }

    /// <summary><see cref="MentionStatus"/> as text.</summary>
    public string Status { get; set; } = MentionStatus.Received;
    public DateTimeOffset ReceivedAt { get; set; }

    public string? Label { get; set; }
    public bool? Urgent { get; set; }
    public double? Confidence { get; set; }
    public string? Cues { get; set; }
    public string? Language { get; set; }
    public DateTimeOffset? ClassifiedAt { get; set; }

    public static MentionEntity FromMention(Mention mention, DateTimeOffset receivedAt) => new()
    {
        PartitionKey = mention.Platform,
        RowKey = TableKey.Escape(mention.Id),
        MentionId = mention.Id,
        AuthorHandle = mention.AuthorHandle,
        AuthorId = mention.AuthorId,
        Text = mention.Text.Length > Mention.MaxTextLength / 2 ? mention.Text[..(Mention.MaxTextLength / 2)] : mention.Text,
        CreatedAt = mention.CreatedAt,
        ConversationId = mention.ConversationId,
        InReplyToId = mention.InReplyToId,
        Url = mention.Url,
        Language = mention.Language,
        ReceivedAt = receivedAt,
    };

    public Mention ToMention() =>
        new(PartitionKey, MentionId, AuthorHandle, Text, CreatedAt, AuthorId, ConversationId, InReplyToId, Url, Language);
}

public static class MentionStatus
{
    /// <summary>Stored and queued for classification.</summary>
    public const string Received = "received";

    /// <summary>Classified and in the triage inbox.</summary>
    public const string Classified = "classified";
}
