using Azure;
using Azure.Data.Tables;

namespace PoliceSocial.Appeals;

/// <summary>
/// One post of one appeal on one platform, for one occurrence and language. PartitionKey = appeal id, RowKey =
/// "pub|platform|occurrence|language". Its existence with <see cref="PublicationState.Published"/> is what makes
/// publishing exactly-once.
/// </summary>
public sealed class PublicationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Platform { get; set; } = "";
    public int Occurrence { get; set; }
    public string Language { get; set; } = "en";
    public string State { get; set; } = PublicationState.Publishing;
    public int Attempts { get; set; }
    public string? PlatformPostId { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public string? LastError { get; set; }

    public const string RowPrefix = "pub|";

    public static string RowKeyFor(string platform, int occurrence, string language) => $"{RowPrefix}{platform}|{occurrence:D4}|{language}";

    /// <summary>The key the platform sees on every retry of this post: same key, same post.</summary>
    public static string IdempotencyKeyFor(string appealId, string platform, int occurrence, string language) =>
        $"{appealId}-{platform}-{occurrence}-{language}";
}

public static class PublicationState
{
    /// <summary>An attempt started; the platform may or may not have accepted the post.</summary>
    public const string Publishing = "publishing";
    public const string Published = "published";
    public const string Failed = "failed";
    public const string Deleted = "deleted";
}
