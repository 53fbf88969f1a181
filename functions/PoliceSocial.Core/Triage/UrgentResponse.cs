using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoliceSocial.Classification;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms;
using PoliceSocial.Storage;
using PoliceSocial.Telemetry;

namespace PoliceSocial.Triage;

/// <summary>
/// What happens the moment a mention is judged urgent: an alert on the alerts queue (the alert function sends it to
/// the webhook) and, where the force turns it on, one public reply with 999 advice per conversation, in Welsh for a
/// Welsh mention.
/// </summary>
public sealed class UrgentResponse(
    QueueSender queues,
    StorageAccount storage,
    IPlatformDirectory platforms,
    IOptions<AlertOptions> options,
    PipelineMetrics metrics,
    TimeProvider clock,
    ILogger<UrgentResponse> logger)
{
    private readonly TableClient _replies = storage.Table(TableNames.UrgentReplies);

    public async Task RespondAsync(Mention mention, MentionClassification verdict, CancellationToken cancellationToken)
    {
        var cues = verdict.Cues.Count > 0 ? $" (cues: {string.Join(", ", verdict.Cues)})" : "";
        await queues.SendAsync(QueueNames.Alerts, new UrgentAlert(
            UrgentAlert.UrgentMention,
            $"Urgent mention from @{mention.AuthorHandle} on {mention.Platform}{cues}: {Truncate(mention.Text, 280)}",
            mention.Platform, mention.Id, mention.Url, clock.GetUtcNow()), cancellationToken);
        logger.LogWarning("URGENT mention {Platform} {MentionId}: alert raised", mention.Platform, mention.Id);

        if (options.Value.AutoReply.Enabled)
        {
            try
            {
                await ReplyOnceAsync(mention, verdict.Language, cancellationToken);
            }
            catch (Exception e) when (e is PlatformException or RequestFailedException)
            {
                // The alert has gone: a person takes over. Failing the batch would only repeat the alert.
                logger.LogError(e, "Automatic 999 reply to {Platform} {MentionId} failed; the alert stands", mention.Platform, mention.Id);
            }
        }
    }

    /// <summary>
    /// Claims the conversation (table insert; 409 means it is already claimed), then posts. A retry of the mention that
    /// claimed it finishes the reply with the same idempotency key, so a crash between the two steps never posts twice.
    /// </summary>
    public async Task<bool> ReplyOnceAsync(Mention mention, string language, CancellationToken cancellationToken)
    {
        var client = platforms.Find(mention.Platform);
        if (client is null)
        {
            logger.LogWarning("No {Platform} client configured: no automatic 999 reply to {MentionId}", mention.Platform, mention.Id);
            return false;
        }

        var conversation = mention.ConversationId ?? mention.Id;
        var claim = new UrgentReplyEntity
        {
            PartitionKey = mention.Platform,
            RowKey = TableKey.Escape(conversation),
            MentionId = mention.Id,
            Language = language,
            ClaimedAt = clock.GetUtcNow(),
        };
        try
        {
            await _replies.AddEntityAsync(claim, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await _replies.GetEntityAsync<UrgentReplyEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: cancellationToken)).Value;
            if (existing.MentionId != mention.Id || existing.Status == UrgentReplyEntity.Replied)
            {
                logger.LogInformation("Conversation {Conversation} on {Platform} already has its 999 reply", conversation, mention.Platform);
                return false;
            }

            claim = existing;
        }

        var reply = options.Value.AutoReply;
        var request = new PostRequest(
            $"urgent-reply:{mention.Platform}:{conversation}",
            language == "cy" ? reply.WelshText : reply.EnglishText,
            InReplyToId: mention.Id);
        var post = await client.FindRecentPostAsync(request, cancellationToken) ?? await client.PublishAsync(request, cancellationToken);

        claim.Status = UrgentReplyEntity.Replied;
        claim.PostId = post.PlatformPostId;
        claim.RepliedAt = clock.GetUtcNow();
        await _replies.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Replace, cancellationToken);
        metrics.FirstReplySent(mention.Platform, claim.RepliedAt.Value - mention.CreatedAt);
        logger.LogWarning("Automatic 999 reply posted to {Platform} {MentionId} ({Language})", mention.Platform, mention.Id, language);
        return true;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
