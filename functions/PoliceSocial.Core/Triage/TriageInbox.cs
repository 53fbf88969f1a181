using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Triage;

/// <summary>Reads the triage inbox in the order officers work it: urgent first, then newest first.</summary>
public sealed class TriageInbox(StorageAccount storage)
{
    private readonly TableClient _table = storage.Table(TableNames.Triage);

    public async Task<IReadOnlyList<TriageItemEntity>> ListOpenAsync(int max, CancellationToken cancellationToken)
    {
        var items = new List<TriageItemEntity>();
        await foreach (var item in _table.QueryAsync<TriageItemEntity>(
            e => e.PartitionKey == TriageItemEntity.OpenPartition, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            items.Add(item);
            if (items.Count >= max)
            {
                break;
            }
        }

        return items;
    }
}
