using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Testing;

/// <summary>Empties every table and queue, so each test starts from clean storage on a shared Azurite.</summary>
public static class StorageReset
{
    public static async Task ClearAsync(StorageAccount storage)
    {
        await storage.EnsureCreatedAsync(CancellationToken.None);
        foreach (var name in TableNames.All)
        {
            var table = storage.Table(name);
            var rows = new List<TableEntity>();
            await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                rows.Add(row);
            }

            foreach (var partition in rows.GroupBy(r => r.PartitionKey))
            {
                foreach (var chunk in partition.Chunk(100))
                {
                    await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r)));
                }
            }
        }

        foreach (var name in QueueNames.All)
        {
            await storage.Queue(name).ClearMessagesAsync();
        }
    }
}
