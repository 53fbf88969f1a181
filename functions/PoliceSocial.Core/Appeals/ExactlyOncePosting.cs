using Microsoft.Extensions.Options;
using PoliceSocial.Platforms;

namespace PoliceSocial.Appeals;

/// <summary>
/// Posts one publication of an appeal (platform, occurrence, language) exactly once: the publication row is claimed
/// (ETag) before the platform is called, and an attempt after an unclear failure first looks for the post on the
/// platform. Used by the publisher for every occurrence and by the take-down for the closing update.
/// </summary>
public sealed class ExactlyOncePosting(AppealStore appeals, TimeProvider clock, IOptions<PublishingOptions> options)
{
    private readonly PublishingOptions _options = options.Value;

    public async Task<PostingOutcome> PostAsync(
        string appealId, IPlatformClient client, int occurrence, string language, string text,
        Func<CancellationToken, Task<IReadOnlyList<PostImage>?>> images, CancellationToken cancellationToken)
    {
        var rowKey = PublicationEntity.RowKeyFor(client.Platform, occurrence, language);
        var publication = await appeals.FindPublicationAsync(appealId, rowKey, cancellationToken) ?? new PublicationEntity
        {
            PartitionKey = appealId,
            RowKey = rowKey,
            Platform = client.Platform,
            Occurrence = occurrence,
            Language = language,
        };

        switch (publication.State)
        {
            case PublicationState.Published or PublicationState.Deleted:
                return PostingOutcome.AlreadyPosted(publication);
            case PublicationState.Failed:
                return PostingOutcome.Fail(publication, publication.LastError ?? "failed earlier");
        }

        var mayAlreadyBePosted = publication.Attempts > 0;
        publication.Attempts++;
        if (publication.Attempts > _options.MaxAttempts)
        {
            publication.State = PublicationState.Failed;
            await appeals.TrySavePublicationAsync(publication, cancellationToken);
            return PostingOutcome.Fail(publication, $"gave up after {_options.MaxAttempts} attempts: {publication.LastError}");
        }

        if (!await appeals.TrySavePublicationAsync(publication, cancellationToken))
        {
            return PostingOutcome.Retry(publication, TimeSpan.FromMinutes(1), "another worker is publishing it");
        }

        var request = new PostRequest(PublicationEntity.IdempotencyKeyFor(appealId, client.Platform, occurrence, language), text,
            Images: await images(cancellationToken));
        try
        {
            var posted = (mayAlreadyBePosted ? await client.FindRecentPostAsync(request, cancellationToken) : null)
                ?? await client.PublishAsync(request, cancellationToken);
            publication.State = PublicationState.Published;
            publication.PlatformPostId = posted.PlatformPostId;
            publication.Url = posted.Url;
            publication.PublishedAt = clock.GetUtcNow();
            publication.LastError = null;
        }
        catch (PlatformException e) when (e.IsTransient)
        {
            publication.LastError = e.Message;
            await appeals.TrySavePublicationAsync(publication, cancellationToken);
            var backOff = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, publication.Attempts - 1)));
            var delay = e.RetryAfter is { } until && until > clock.GetUtcNow() ? until - clock.GetUtcNow() : backOff;
            return PostingOutcome.Retry(publication, delay > TimeSpan.FromDays(6) ? TimeSpan.FromDays(6) : delay, e.Failure.ToString());
        }
        catch (PlatformException e)
        {
            publication.State = PublicationState.Failed;
            publication.LastError = e.Message;
            await appeals.TrySavePublicationAsync(publication, cancellationToken);
            return PostingOutcome.Fail(publication, e.Message);
        }

        // The post is out: if saving this fails, the retry finds it on the platform instead of posting again.
        await appeals.TrySavePublicationAsync(publication, cancellationToken);
        return PostingOutcome.Posted(publication);
    }
}

public enum PostingResult
{
    /// <summary>Posted by this attempt.</summary>
    Posted,

    /// <summary>Posted (or deleted) before: nothing to do.</summary>
    AlreadyPosted,

    /// <summary>Not posted yet; try again after <see cref="PostingOutcome.Delay"/>.</summary>
    RetryLater,

    /// <summary>Will not be posted: the platform refused it or the attempts ran out.</summary>
    Failed,
}

public sealed record PostingOutcome(PostingResult Result, PublicationEntity Publication, TimeSpan Delay = default, string? Reason = null)
{
    public static PostingOutcome Posted(PublicationEntity publication) => new(PostingResult.Posted, publication);
    public static PostingOutcome AlreadyPosted(PublicationEntity publication) => new(PostingResult.AlreadyPosted, publication);
    public static PostingOutcome Retry(PublicationEntity publication, TimeSpan delay, string reason) => new(PostingResult.RetryLater, publication, delay, reason);
    public static PostingOutcome Fail(PublicationEntity publication, string reason) => new(PostingResult.Failed, publication, Reason: reason);
}
