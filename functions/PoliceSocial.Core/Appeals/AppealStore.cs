using Azure;
using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>Reads and writes appeals and their publications.</summary>
public sealed class AppealStore(StorageAccount storage)
{
    private readonly TableClient _table = storage.Table(TableNames.Appeals);

    public Task AddAsync(AppealEntity appeal, CancellationToken cancellationToken) => _table.AddEntityAsync(appeal, cancellationToken);

    public async Task<AppealEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        var response = await _table.GetEntityIfExistsAsync<AppealEntity>(TableKey.Escape(id), AppealEntity.AppealRow, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Saves a changed appeal if nobody changed it since it was read; false if somebody did.</summary>
    public async Task<bool> TryUpdateAsync(AppealEntity appeal, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _table.UpdateEntityAsync(appeal, appeal.ETag, TableUpdateMode.Replace, cancellationToken);
            appeal.ETag = response.Headers.ETag ?? appeal.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<AppealEntity>> ListAsync(AppealStatus? status, CancellationToken cancellationToken)
    {
        var appeals = new List<AppealEntity>();
        var filter = status is null
            ? $"RowKey eq '{AppealEntity.AppealRow}'"
            : TableClient.CreateQueryFilter($"RowKey eq {AppealEntity.AppealRow} and Status eq {status.ToString()}");
        await foreach (var appeal in _table.QueryAsync<AppealEntity>(filter, cancellationToken: cancellationToken))
        {
            appeals.Add(appeal);
        }

        return appeals;
    }

    public async Task<PublicationEntity?> FindPublicationAsync(string appealId, string rowKey, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<PublicationEntity>(appealId, rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Adds or (with its ETag) replaces a publication; false when another worker changed it first.</summary>
    public async Task<bool> TrySavePublicationAsync(PublicationEntity publication, CancellationToken cancellationToken)
    {
        try
        {
            Response response = publication.ETag == default
                ? await _table.AddEntityAsync(publication, cancellationToken)
                : await _table.UpdateEntityAsync(publication, publication.ETag, TableUpdateMode.Replace, cancellationToken);
            publication.ETag = response.Headers.ETag ?? publication.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public Task<IReadOnlyList<PublicationEntity>> ListPublicationsAsync(string appealId, CancellationToken cancellationToken) =>
        ListRowsAsync<PublicationEntity>(appealId, PublicationEntity.RowPrefix, cancellationToken);

    public Task RecordMissedAsync(ScheduleEntryEntity entry, CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(MissedOccurrenceEntity.From(entry), TableUpdateMode.Replace, cancellationToken);

    public Task<IReadOnlyList<MissedOccurrenceEntity>> ListMissedAsync(string appealId, CancellationToken cancellationToken) =>
        ListRowsAsync<MissedOccurrenceEntity>(appealId, MissedOccurrenceEntity.RowPrefix, cancellationToken);

    public Task DeleteMissedAsync(MissedOccurrenceEntity missed, CancellationToken cancellationToken) =>
        _table.DeleteEntityAsync(missed.PartitionKey, missed.RowKey, ETag.All, cancellationToken);

    /// <summary>The rows of one appeal's partition whose RowKey starts with <paramref name="prefix"/>: one range query.</summary>
    private async Task<IReadOnlyList<T>> ListRowsAsync<T>(string appealId, string prefix, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        var rows = new List<T>();
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {appealId} and RowKey ge {prefix} and RowKey lt {end}");
        await foreach (var row in _table.QueryAsync<T>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
