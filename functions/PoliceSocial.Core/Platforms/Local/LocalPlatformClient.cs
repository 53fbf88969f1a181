using Azure;
using Azure.Data.Tables;
using PoliceSocial.Mentions;
using PoliceSocial.Storage;

namespace PoliceSocial.Platforms.Local;

/// <summary>
/// The built-in platform that needs no social account, so the whole pipeline runs on a laptop or in a test: mentions
/// are injected (sample file, HTTP endpoint) into its inbox table and what is published is recorded in its table.
/// </summary>
public sealed class LocalPlatformClient(StorageAccount storage, TimeProvider clock) : IPlatformClient
{
    private const string InboxPartition = "inbox";
    private const string PublishedPartition = "published";
    private const int PageSize = 200;

    private readonly TableClient _table = storage.Table(TableNames.LocalPlatform);
    private long _injected;

    public string Platform => PlatformNames.Local;

    /// <summary>Adds a mention to the inbox, as if someone had just posted it.</summary>
    public async Task InjectAsync(LocalMention mention, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Time first, then a counter: mentions injected in the same tick keep their order.
        var sequence = $"{now.UtcTicks:D19}-{Interlocked.Increment(ref _injected):D10}-{Guid.NewGuid():N}";
        await _table.AddEntityAsync(new TableEntity(InboxPartition, sequence)
        {
            ["MentionId"] = mention.Id ?? Guid.NewGuid().ToString("N"),
            ["AuthorHandle"] = mention.Author,
            ["Text"] = mention.Text,
            ["CreatedAt"] = mention.CreatedAt ?? now,
            ["ConversationId"] = mention.ConversationId,
        }, cancellationToken);
    }

    public async Task<MentionPoll> PollMentionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var after = cursor ?? "";
        var mentions = new List<Mention>();
        string? last = cursor;
        await foreach (var row in _table.QueryAsync<TableEntity>(
            e => e.PartitionKey == InboxPartition && e.RowKey.CompareTo(after) > 0, maxPerPage: PageSize, cancellationToken: cancellationToken))
        {
            var id = row.GetString("MentionId");
            mentions.Add(new Mention(
                Platform, id, row.GetString("AuthorHandle"), row.GetString("Text"),
                row.GetDateTimeOffset("CreatedAt") ?? clock.GetUtcNow(),
                ConversationId: row.GetString("ConversationId") ?? id,
                Url: $"local://mentions/{id}"));
            last = row.RowKey;
            if (mentions.Count == PageSize)
            {
                break;
            }
        }

        return new MentionPoll(mentions, last);
    }

    public async Task<PublishedPost> PublishAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var postId = Guid.NewGuid().ToString("N");
        await _table.AddEntityAsync(new TableEntity(PublishedPartition, postId)
        {
            ["IdempotencyKey"] = request.IdempotencyKey,
            ["Text"] = request.Text,
            ["InReplyToId"] = request.InReplyToId,
            ["ImageCount"] = request.Images?.Count ?? 0,
            ["AltTexts"] = request.Images is { Count: > 0 } images ? string.Join(" | ", images.Select(i => i.AltText)) : null,
            ["PublishedAt"] = clock.GetUtcNow(),
            ["Deleted"] = false,
        }, cancellationToken);
        return new PublishedPost(postId, $"local://posts/{postId}");
    }

    public async Task<PublishedPost?> FindRecentPostAsync(PostRequest request, CancellationToken cancellationToken)
    {
        await foreach (var row in _table.QueryAsync<TableEntity>(
            e => e.PartitionKey == PublishedPartition && e.GetString("IdempotencyKey") == request.IdempotencyKey, cancellationToken: cancellationToken))
        {
            return new PublishedPost(row.RowKey, $"local://posts/{row.RowKey}");
        }

        return null;
    }

    public async Task DeleteAsync(string platformPostId, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateEntityAsync(new TableEntity(PublishedPartition, platformPostId) { ["Deleted"] = true, ["DeletedAt"] = clock.GetUtcNow() }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: a delete is done when the post does not exist.
        }
    }

    /// <summary>Everything published to the local platform, oldest first: what the desk would see on its timeline.</summary>
    public async Task<IReadOnlyList<LocalPublishedPost>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var posts = new List<LocalPublishedPost>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == PublishedPartition, cancellationToken: cancellationToken))
        {
            posts.Add(new LocalPublishedPost(row.RowKey, row.GetString("IdempotencyKey"), row.GetString("Text"),
                row.GetDateTimeOffset("PublishedAt") ?? default, row.GetBoolean("Deleted") ?? false, row.GetString("AltTexts")));
        }

        return posts.OrderBy(p => p.PublishedAt).ToList();
    }
}

/// <summary>A test mention for the local platform; id and time are filled in when missing.</summary>
public sealed record LocalMention(string Author, string Text, string? Id = null, DateTimeOffset? CreatedAt = null, string? ConversationId = null);

public sealed record LocalPublishedPost(string PostId, string IdempotencyKey, string Text, DateTimeOffset PublishedAt, bool Deleted, string? AltTexts = null);
