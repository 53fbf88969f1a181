using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using PoliceSocial.Classification;
using PoliceSocial.Mentions;
using PoliceSocial.Storage;
using PoliceSocial.Telemetry;

namespace PoliceSocial.Triage;

/// <summary>
/// Classifies a batch of mentions and puts each in the triage inbox; urgent ones raise an alert at once.
/// Idempotent: a retried batch rewrites the same rows and raises no second alert for a mention already classified.
/// The urgent response comes before the mention is marked classified, so a crash in between repeats the alert rather
/// than losing it (the 999 reply has its own once-per-conversation guard).
/// </summary>
public sealed class MentionTriage(
    IMentionClassifier classifier,
    MentionLedger ledger,
    StorageAccount storage,
    UrgentResponse urgentResponse,
    PipelineMetrics metrics,
    TimeProvider clock,
    ILogger<MentionTriage> logger)
{
    private readonly TableClient _mentions = storage.Table(TableNames.Mentions);
    private readonly TableClient _triage = storage.Table(TableNames.Triage);

    public async Task HandleBatchAsync(string message, CancellationToken cancellationToken)
    {
        var batch = MentionBatch.Parse(message);
        foreach (var mention in batch.Mentions)
        {
            await TriageAsync(mention, cancellationToken);
        }
    }

    public async Task TriageAsync(Mention mention, CancellationToken cancellationToken)
    {
        var existing = await ledger.FindAsync(mention.Platform, mention.Id, cancellationToken);
        var alreadyClassified = existing?.Status == MentionStatus.Classified;

        var verdict = await classifier.ClassifyAsync(mention.Text, cancellationToken);
        var now = clock.GetUtcNow();
        if (verdict.Urgent && !alreadyClassified)
        {
            await urgentResponse.RespondAsync(mention, verdict, cancellationToken);
            metrics.UrgentAlertRaised(mention.Platform);
        }

        var entity = existing ?? MentionEntity.FromMention(mention, now);
        entity.Status = MentionStatus.Classified;
        entity.Label = verdict.Label.ToWire();
        entity.Urgent = verdict.Urgent;
        entity.Confidence = verdict.Confidence;
        entity.Cues = string.Join("; ", verdict.Cues);
        entity.Language = verdict.Language;
        entity.ClassifiedAt = now;
        await _mentions.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);

        await _triage.UpsertEntityAsync(new TriageItemEntity
        {
            RowKey = TriageItemEntity.RowKeyFor(verdict.Urgent, mention.CreatedAt, mention.Platform, mention.Id),
            Platform = mention.Platform,
            MentionId = mention.Id,
            AuthorHandle = mention.AuthorHandle,
            Text = entity.Text,
            Url = mention.Url,
            CreatedAt = mention.CreatedAt,
            Label = entity.Label,
            Urgent = verdict.Urgent,
            Confidence = verdict.Confidence,
            Cues = entity.Cues,
            Language = verdict.Language,
        }, TableUpdateMode.Replace, cancellationToken);

        if (!alreadyClassified)
        {
            metrics.MentionClassified(mention.Platform, verdict.Label);
        }

        logger.LogInformation(
            "Mention classified: {Platform} {MentionId} as {Label}{Urgency} (confidence {Confidence:0.00}) → in triage",
            mention.Platform, mention.Id, entity.Label, verdict.Urgent ? ", URGENT" : "", verdict.Confidence);
    }
}
