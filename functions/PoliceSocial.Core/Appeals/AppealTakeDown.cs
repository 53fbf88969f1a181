using Microsoft.Extensions.Logging;
using PoliceSocial.Auditing;
using PoliceSocial.Officers;
using PoliceSocial.Platforms;
using PoliceSocial.Storage;
using PoliceSocial.Triage;

namespace PoliceSocial.Appeals;

/// <summary>
/// Deletes every post of a resolved appeal on one platform and retries until the platform confirms each deletion:
/// a failed take-down is put back on the queue with a growing delay, never dropped, and raises an alert if it keeps
/// failing. When no post is left anywhere the appeal is marked taken down; then an approved closing update (never for
/// a missing person) is posted.
/// </summary>
public sealed class AppealTakeDown(
    AppealStore appeals,
    ExactlyOncePosting posting,
    IPlatformDirectory platforms,
    QueueSender queues,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<AppealTakeDown> logger)
{
    /// <summary>The occurrence number under which the closing update is recorded.</summary>
    public const int ClosingOccurrence = 9999;

    /// <summary>After this many failed rounds an alert is raised; the retries go on.</summary>
    public const int AlertAfterAttempts = 5;

    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        var request = TakeDownRequest.Parse(message);
        var appeal = await appeals.FindAsync(request.AppealId, cancellationToken);
        if (appeal is null || appeal.AppealStatus is not (AppealStatus.Resolved or AppealStatus.TakenDown))
        {
            logger.LogWarning("Take-down for appeal {AppealId} ignored: it is {Status}", request.AppealId, appeal?.Status ?? "gone");
            return;
        }

        var client = platforms.Find(request.Platform);
        var failures = client is null
            ? [$"the platform '{request.Platform}' is not configured"]
            : await DeleteAllAsync(appeal, client, cancellationToken);

        if (failures.Count > 0)
        {
            await RetryLaterAsync(appeal, request, failures, cancellationToken);
            return;
        }

        await audit.RecordAsync(appeal.Id, AuditActions.TakeDown, Officer.System, $"every post deleted on {request.Platform}", cancellationToken);
        logger.LogInformation("Take-down: appeal {AppealId} has no posts left on {Platform}", appeal.Id, request.Platform);
        await MarkTakenDownIfCompleteAsync(appeal.Id, cancellationToken);

        if (appeal.ClosingText is not null && appeal.AppealType != AppealType.MissingPerson && client is not null)
        {
            await PostClosingUpdateAsync(appeal, client, request, cancellationToken);
        }
    }

    private async Task<List<string>> DeleteAllAsync(AppealEntity appeal, IPlatformClient client, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var publications = (await appeals.ListPublicationsAsync(appeal.Id, cancellationToken))
            .Where(p => p.Platform == client.Platform && p.Occurrence != ClosingOccurrence
                        && p.State is PublicationState.Published or PublicationState.Publishing);
        foreach (var publication in publications)
        {
            try
            {
                var postId = publication.PlatformPostId;
                if (postId is null)
                {
                    // An attempt whose outcome was unclear: the post may exist on the platform all the same.
                    var request = new PostRequest(
                        PublicationEntity.IdempotencyKeyFor(appeal.Id, client.Platform, publication.Occurrence, publication.Language),
                        appeal.TextFor(client.Platform, publication.Language));
                    postId = (await client.FindRecentPostAsync(request, cancellationToken))?.PlatformPostId;
                }

                if (postId is not null)
                {
                    await client.DeleteAsync(postId, cancellationToken);
                }

                publication.State = PublicationState.Deleted;
                publication.DeletedAt = clock.GetUtcNow();
                await appeals.TrySavePublicationAsync(publication, cancellationToken);
            }
            catch (PlatformException e)
            {
                failures.Add(e.Message);
            }
            catch (HttpRequestException e)
            {
                failures.Add($"{client.Platform}: {e.Message}");
            }
        }

        return failures;
    }

    private async Task RetryLaterAsync(AppealEntity appeal, TakeDownRequest request, List<string> failures, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(3600, 15 * Math.Pow(2, request.Attempt - 1)));
        await queues.SendAsync(QueueNames.TakeDown, request with { Attempt = request.Attempt + 1 }, cancellationToken, delay);
        logger.LogWarning("Take-down of appeal {AppealId} on {Platform} not confirmed (attempt {Attempt}): {Failures}; retrying in {Delay}",
            appeal.Id, request.Platform, request.Attempt, string.Join("; ", failures), delay);
        if (request.Attempt == AlertAfterAttempts)
        {
            await queues.SendAsync(QueueNames.Alerts, new UrgentAlert(UrgentAlert.FailedPost,
                $"Appeal '{appeal.Title}' ({appeal.CaseReference}) is resolved but its posts on {request.Platform} could not be deleted after {request.Attempt} attempts; still retrying. Delete them by hand if this persists: {string.Join("; ", failures)}",
                request.Platform, appeal.Id, null, clock.GetUtcNow()), cancellationToken);
        }
    }

    private async Task MarkTakenDownIfCompleteAsync(string appealId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var remaining = (await appeals.ListPublicationsAsync(appealId, cancellationToken))
                .Any(p => p.Occurrence != ClosingOccurrence && p.State is PublicationState.Published or PublicationState.Publishing);
            var appeal = await appeals.FindAsync(appealId, cancellationToken);
            if (remaining || appeal is null || appeal.AppealStatus != AppealStatus.Resolved)
            {
                return;
            }

            appeal.Status = nameof(AppealStatus.TakenDown);
            appeal.TakenDownAt = clock.GetUtcNow();
            if (await appeals.TryUpdateAsync(appeal, cancellationToken))
            {
                await audit.RecordAsync(appealId, AuditActions.TakeDown, Officer.System, "taken down on every platform", cancellationToken);
                logger.LogInformation("Appeal {AppealId} taken down on every platform", appealId);
                return;
            }
        }
    }

    private async Task PostClosingUpdateAsync(AppealEntity appeal, IPlatformClient client, TakeDownRequest request, CancellationToken cancellationToken)
    {
        var outcome = await posting.PostAsync(appeal.Id, client, ClosingOccurrence, "en", appeal.ClosingText!, _ => Task.FromResult<IReadOnlyList<PostImage>?>(null), cancellationToken);
        switch (outcome.Result)
        {
            case PostingResult.Posted:
                await audit.RecordAsync(appeal.Id, AuditActions.Publish, Officer.System, $"closing update published on {client.Platform}", cancellationToken);
                break;
            case PostingResult.RetryLater:
                await RetryLaterAsync(appeal, request, [outcome.Reason!], cancellationToken);
                break;
            case PostingResult.Failed:
                logger.LogError("Appeal {AppealId}: the closing update could not be posted on {Platform}: {Reason}", appeal.Id, client.Platform, outcome.Reason);
                break;
        }
    }
}
