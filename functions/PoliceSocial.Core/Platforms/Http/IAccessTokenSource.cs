namespace PoliceSocial.Platforms.Http;

/// <summary>Supplies the bearer token for a platform's calls and renews it when the platform says it expired.</summary>
public interface IAccessTokenSource
{
    ValueTask<string> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Renews the token after the platform refused <paramref name="rejected"/>. Calls that raced with another refresh
    /// just pick up the new token instead of refreshing again (X refresh tokens are single-use).
    /// </summary>
    Task RefreshAsync(string rejected, CancellationToken cancellationToken);
}

/// <summary>A token that never changes (Mastodon access token, Facebook page token).</summary>
public sealed class StaticAccessToken(string token) : IAccessTokenSource
{
    public ValueTask<string> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public Task RefreshAsync(string rejected, CancellationToken cancellationToken) => Task.CompletedTask;
}
