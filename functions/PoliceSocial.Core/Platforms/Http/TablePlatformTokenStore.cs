using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Platforms.Http;

/// <summary>
/// Keeps rotated refresh tokens in the app's own storage (table PlatformTokens, reachable only by the app's managed
/// identity, encrypted at rest), so an X account stays connected across restarts after X rotates its refresh token.
/// The token is never logged; the configured token in Key Vault is only the starting point.
/// </summary>
public sealed class TablePlatformTokenStore(StorageAccount storage) : IPlatformTokenStore
{
    private const string Partition = "refresh-token";
    private readonly TableClient _table = storage.Table(TableNames.PlatformTokens);

    public async Task<string?> GetRefreshTokenAsync(string platform, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, platform, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("Token") : null;
    }

    public async Task SaveRefreshTokenAsync(string platform, string refreshToken, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(new TableEntity(Partition, platform) { ["Token"] = refreshToken }, TableUpdateMode.Replace, cancellationToken);
}
