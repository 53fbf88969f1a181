using Azure;
using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Mentions;

/// <summary>
/// Remembers every mention ever seen, so each is queued once however often polls overlap or a function retries.
/// The insert is the dedup check: Table Storage refuses a second row with the same keys.
/// </summary>
public sealed class MentionLedger(StorageAccount storage, TimeProvider clock)
{
    /// <summary>A mention stored but not classified after this long was probably never queued (a crash in between).</summary>
    public static readonly TimeSpan RequeueAfter = TimeSpan.FromMinutes(15);

    private readonly TableClient _table = storage.Table(TableNames.Mentions);

    /// <summary>Records the mentions; returns those to queue: the new ones, and any stranded by an earlier crash.</summary>
    public async Task<IReadOnlyList<Mention>> RecordAsync(IEnumerable<Mention> mentions, CancellationToken cancellationToken)
    {
        var toQueue = new List<Mention>();
        foreach (var mention in mentions)
        {
            var now = clock.GetUtcNow();
            try
            {
                await _table.AddEntityAsync(MentionEntity.FromMention(mention, now), cancellationToken);
                toQueue.Add(mention);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                if (await ClaimStrandedAsync(mention, now, cancellationToken))
                {
                    toQueue.Add(mention);
                }
            }
        }

        return toQueue;
    }

    public async Task<MentionEntity?> FindAsync(string platform, string id, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<MentionEntity>(platform, TableKey.Escape(id), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task<bool> ClaimStrandedAsync(Mention mention, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(mention.Platform, mention.Id, cancellationToken);
        if (existing is null || existing.Status != MentionStatus.Received || now - existing.ReceivedAt < RequeueAfter)
        {
            return false;
        }

        existing.ReceivedAt = now;
        try
        {
            await _table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false; // another poller re-queued it first
        }
    }
}
