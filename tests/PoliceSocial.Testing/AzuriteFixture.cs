using Microsoft.Extensions.Configuration;
using PoliceSocial.LocalHost.Storage;
using PoliceSocial.Storage;
using Xunit;

namespace PoliceSocial.Testing;

/// <summary>
/// A real Azurite for a test class or collection: in memory, on free ports, started once and stopped at the end.
/// Each test gets fresh tables and queues through <see cref="CreateStorageAsync"/> by using its own account state
/// (tables are created per fixture; tests clear what they use).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A storage account over this Azurite with every table and queue created and emptied.</summary>
    public async Task<StorageAccount> CreateStorageAsync()
    {
        var connection = StorageConnection.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection([new(StorageConnection.SettingName, ConnectionString)]).Build());
        var storage = new StorageAccount(connection);
        await StorageReset.ClearAsync(storage);
        return storage;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
