namespace PoliceSocial.Platforms;

/// <summary>
/// One connected account on one social network: reads its mentions, publishes posts and deletes them.
/// Implementations throw <see cref="PlatformException"/> for every failure the caller must act on
/// (rate limit, auth, rejected content, server error), never a raw HTTP exception.
/// </summary>
public interface IPlatformClient
{
    /// <summary>The platform's short name, one of <see cref="PlatformNames"/>.</summary>
    string Platform { get; }

    /// <summary>
    /// Mentions newer than <paramref name="cursor"/> (null: the first poll), oldest first, following the platform's
    /// paging up to the client's page limit. The returned cursor is what the next poll passes back.
    /// </summary>
    Task<MentionPoll> PollMentionsAsync(string? cursor, CancellationToken cancellationToken);

    /// <summary>Publishes a post (or a reply). <see cref="PostRequest.IdempotencyKey"/> is stable across retries.</summary>
    Task<PublishedPost> PublishAsync(PostRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Looks among the account's own recent posts for one published with this idempotency key (or exactly this text),
    /// so a retry after a platform failed *after* accepting a post does not post it twice. Null when none is found.
    /// </summary>
    Task<PublishedPost?> FindRecentPostAsync(PostRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes a published post. Deleting a post that is already gone succeeds.</summary>
    Task DeleteAsync(string platformPostId, CancellationToken cancellationToken);
}
