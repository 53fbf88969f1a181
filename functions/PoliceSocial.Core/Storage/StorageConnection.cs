using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace PoliceSocial.Storage;

/// <summary>
/// Resolves the storage connection the way the Functions host does, so the app's own clients and the triggers always
/// point at the same account: a connection string (Azurite locally) under the setting itself, or in Azure an
/// identity-based connection under <c>{name}__accountName</c> / <c>__queueServiceUri</c> / <c>__tableServiceUri</c>
/// with <c>__credential=managedidentity</c> and <c>__clientId</c>.
/// </summary>
public sealed class StorageConnection
{
    /// <summary>The setting the Functions host and every trigger use.</summary>
    public const string SettingName = "AzureWebJobsStorage";

    private readonly string? _connectionString;
    private readonly Uri? _queueServiceUri;
    private readonly Uri? _tableServiceUri;
    private readonly Uri? _blobServiceUri;
    private readonly TokenCredential? _credential;

    private StorageConnection(string connectionString) => _connectionString = connectionString;

    private StorageConnection(Uri queueServiceUri, Uri tableServiceUri, Uri blobServiceUri, TokenCredential credential)
    {
        _queueServiceUri = queueServiceUri;
        _tableServiceUri = tableServiceUri;
        _blobServiceUri = blobServiceUri;
        _credential = credential;
    }

    public static StorageConnection FromConfiguration(IConfiguration configuration, string name = SettingName)
    {
        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(connectionString);
        }

        var section = configuration.GetSection(name);
        var accountName = section["accountName"];
        var queueUri = section["queueServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.queue.core.windows.net");
        var tableUri = section["tableServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.table.core.windows.net");
        var blobUri = section["blobServiceUri"] ?? (accountName is null ? null : $"https://{accountName}.blob.core.windows.net");
        if (queueUri is null || tableUri is null || blobUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set '{name}' to a connection string (Azurite) or '{name}__accountName' " +
                $"(or '{name}__queueServiceUri', '{name}__tableServiceUri' and '{name}__blobServiceUri') for an identity-based connection.");
        }

        return new StorageConnection(new Uri(queueUri), new Uri(tableUri), new Uri(blobUri), CreateCredential(section));
    }

    public TableServiceClient CreateTableServiceClient(HttpPipelinePolicy? observer = null)
    {
        var options = new TableClientOptions();
        if (observer is not null)
        {
            options.AddPolicy(observer, HttpPipelinePosition.PerCall);
        }

        return _connectionString is not null
            ? new TableServiceClient(_connectionString, options)
            : new TableServiceClient(_tableServiceUri!, _credential!, options);
    }

    public BlobServiceClient CreateBlobServiceClient() =>
        _connectionString is not null
            ? new BlobServiceClient(_connectionString)
            : new BlobServiceClient(_blobServiceUri!, _credential!);

    /// <summary>Queue clients encode messages in Base64, as the Functions queue trigger expects.</summary>
    public QueueServiceClient CreateQueueServiceClient(HttpPipelinePolicy? observer = null)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (observer is not null)
        {
            options.AddPolicy(observer, HttpPipelinePosition.PerCall);
        }

        return _connectionString is not null
            ? new QueueServiceClient(_connectionString, options)
            : new QueueServiceClient(_queueServiceUri!, _credential!, options);
    }

    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
