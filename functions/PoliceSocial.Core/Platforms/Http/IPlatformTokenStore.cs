using System.Collections.Concurrent;

namespace PoliceSocial.Platforms.Http;

/// <summary>
/// Where a rotated refresh token is kept. X issues a new refresh token on every refresh and the old one stops
/// working, so a token only held in memory is lost when the host restarts; a durable store (a Key Vault secret the
/// app's identity may write) keeps the account connected across restarts.
/// </summary>
public interface IPlatformTokenStore
{
    Task<string?> GetRefreshTokenAsync(string platform, CancellationToken cancellationToken);

    Task SaveRefreshTokenAsync(string platform, string refreshToken, CancellationToken cancellationToken);
}

/// <summary>The default: rotated tokens live as long as the process; after a restart the configured one is used.</summary>
public sealed class InMemoryPlatformTokenStore : IPlatformTokenStore
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.OrdinalIgnoreCase);

    public Task<string?> GetRefreshTokenAsync(string platform, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.GetValueOrDefault(platform));

    public Task SaveRefreshTokenAsync(string platform, string refreshToken, CancellationToken cancellationToken)
    {
        _tokens[platform] = refreshToken;
        return Task.CompletedTask;
    }
}
