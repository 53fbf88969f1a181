using System.Net;
using PoliceSocial.Platforms;
using PoliceSocial.Platforms.Local;

namespace PoliceSocial.Core.Tests.Appeals;

/// <summary>
/// The local platform with failures scripted in: a post accepted and then answered with a 500, rate limits, deletes
/// that fail. Everything else (what is really posted and deleted) is the local platform's own behaviour.
/// </summary>
public sealed class ScriptedPlatform(LocalPlatformClient inner) : IPlatformClient
{
    public string Platform => inner.Platform;

    /// <summary>The next publishes are accepted by the platform, which then answers 500.</summary>
    public int AcceptThenFailPublishes { get; set; }

    /// <summary>The next publishes are refused with 429 until this time.</summary>
    public DateTimeOffset? RateLimitedUntil { get; set; }

    /// <summary>The next deletes fail with 503.</summary>
    public int FailingDeletes { get; set; }

    public int PublishCalls { get; private set; }

    public Task<MentionPoll> PollMentionsAsync(string? cursor, CancellationToken cancellationToken) => inner.PollMentionsAsync(cursor, cancellationToken);

    public async Task<PublishedPost> PublishAsync(PostRequest request, CancellationToken cancellationToken)
    {
        PublishCalls++;
        if (RateLimitedUntil is { } until)
        {
            RateLimitedUntil = null;
            throw new PlatformException(Platform, PlatformFailure.RateLimited, "429 Too Many Requests", HttpStatusCode.TooManyRequests, retryAfter: until);
        }

        var posted = await inner.PublishAsync(request, cancellationToken);
        if (AcceptThenFailPublishes > 0)
        {
            AcceptThenFailPublishes--;
            throw new PlatformException(Platform, PlatformFailure.Unavailable, "500 Internal Server Error", HttpStatusCode.InternalServerError);
        }

        return posted;
    }

    public Task<PublishedPost?> FindRecentPostAsync(PostRequest request, CancellationToken cancellationToken) => inner.FindRecentPostAsync(request, cancellationToken);

    public Task DeleteAsync(string platformPostId, CancellationToken cancellationToken)
    {
        if (FailingDeletes > 0)
        {
            FailingDeletes--;
            throw new PlatformException(Platform, PlatformFailure.Unavailable, "503 Service Unavailable", HttpStatusCode.ServiceUnavailable);
        }

        return inner.DeleteAsync(platformPostId, cancellationToken);
    }
}
