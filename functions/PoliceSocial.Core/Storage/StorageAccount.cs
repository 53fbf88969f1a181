using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace PoliceSocial.Storage;

/// <summary>The app's tables and queues on its one storage account.</summary>
/// <param name="observer">Optional pipeline policy that sees every storage request (tests count requests with it).</param>
public sealed class StorageAccount(StorageConnection connection, StorageRequestObserver? observer = null)
{
    private readonly TableServiceClient _tables = connection.CreateTableServiceClient(observer);
    private readonly QueueServiceClient _queues = connection.CreateQueueServiceClient(observer);
    private readonly BlobServiceClient _blobs = connection.CreateBlobServiceClient();

    public TableClient Table(string name) => _tables.GetTableClient(name);

    public QueueClient Queue(string name) => _queues.GetQueueClient(name);

    public BlobContainerClient Container(string name) => _blobs.GetBlobContainerClient(name);

    /// <summary>
    /// Creates every table, queue and blob container if missing. Used by the local host; in Azure the Bicep template creates them and
    /// the app's identity is not allowed to.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in TableNames.All)
        {
            await _tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var queue in QueueNames.All)
        {
            await _queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var container in BlobContainerNames.All)
        {
            await _blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
