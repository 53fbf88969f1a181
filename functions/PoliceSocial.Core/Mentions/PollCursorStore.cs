using Azure;
using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Mentions;

/// <summary>Where each platform account's polling got to, and until when the platform asked us to back off.</summary>
public sealed class PollCursorStore(StorageAccount storage)
{
    private const string Partition = "mentions";
    private readonly TableClient _table = storage.Table(TableNames.Cursors);

    public async Task<PollCursor> GetAsync(string platform, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, platform, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return new PollCursor(platform, null, null, default);
        }

        var entity = response.Value!;
        return new PollCursor(platform, entity.GetString("Cursor"), entity.GetDateTimeOffset("NotBefore"), entity.ETag);
    }

    /// <summary>
    /// Saves the new cursor if nobody else moved it since <paramref name="previous"/> was read. Returns false when
    /// another poller won the race: harmless, since the mentions are deduplicated by the ledger.
    /// </summary>
    public Task<bool> AdvanceAsync(PollCursor previous, string? cursor, CancellationToken cancellationToken) =>
        SaveAsync(previous, new TableEntity(Partition, previous.Platform) { ["Cursor"] = cursor ?? previous.Cursor, ["NotBefore"] = null }, cancellationToken);

    /// <summary>Records that the platform must not be polled again before <paramref name="notBefore"/>.</summary>
    public Task<bool> DeferAsync(PollCursor previous, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        SaveAsync(previous, new TableEntity(Partition, previous.Platform) { ["Cursor"] = previous.Cursor, ["NotBefore"] = notBefore }, cancellationToken);

    private async Task<bool> SaveAsync(PollCursor previous, TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            if (previous.ETag == default)
            {
                await _table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await _table.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}

/// <summary>A platform's polling position as read, with the ETag that guards its update.</summary>
public sealed record PollCursor(string Platform, string? Cursor, DateTimeOffset? NotBefore, ETag ETag);
