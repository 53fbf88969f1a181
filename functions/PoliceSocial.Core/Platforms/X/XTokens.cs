using System.Net.Http.Headers;
using PoliceSocial.Platforms.Http;

namespace PoliceSocial.Platforms.X;

/// <summary>
/// The X OAuth 2.0 user-context token, refreshed shortly before it expires or when X refuses it. Refresh tokens
/// rotate, so the new one is saved to the <see cref="IPlatformTokenStore"/> and only one refresh runs at a time.
/// </summary>
internal sealed class XTokens(XClientOptions options, PlatformHttp tokenEndpoint, IPlatformTokenStore store, TimeProvider clock) : IAccessTokenSource
{
    private static readonly TimeSpan EarlyRefresh = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private string? _accessToken = options.AccessToken;
    private DateTimeOffset? _expiresAt;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var token = _accessToken;
        if (token is null || (_expiresAt is { } expiry && clock.GetUtcNow() >= expiry - EarlyRefresh))
        {
            await RefreshAsync(token ?? "", cancellationToken);
            token = _accessToken;
        }

        return token ?? throw NotConnected("no access token is configured");
    }

    public async Task RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if ((_accessToken ?? "") != rejected)
            {
                return; // Another call refreshed while this one waited.
            }

            var refreshToken = await store.GetRefreshTokenAsync(PlatformNames.X, cancellationToken) ?? options.RefreshToken;
            if (string.IsNullOrEmpty(refreshToken) || string.IsNullOrEmpty(options.ClientId))
            {
                throw NotConnected("the access token expired and no refresh token and client id are configured");
            }

            PlatformResponse response;
            try
            {
                response = await tokenEndpoint.SendAsync(() => TokenRequest(refreshToken), cancellationToken);
            }
            catch (PlatformException e) when (!e.IsTransient)
            {
                throw new PlatformException(PlatformNames.X, PlatformFailure.Unauthorized,
                    "the refresh token was refused; reconnect the account", e.StatusCode, e.PlatformErrorCode);
            }

            _accessToken = response.Body.Str("access_token") ?? throw NotConnected("the token response had no access token");
            _expiresAt = response.Body.Get("expires_in") is { } seconds ? clock.GetUtcNow().AddSeconds(seconds.GetInt32()) : null;
            if (response.Body.Str("refresh_token") is { } rotated)
            {
                await store.SaveRefreshTokenAsync(PlatformNames.X, rotated, cancellationToken);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private HttpRequestMessage TokenRequest(string refreshToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, "2/oauth2/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
            }),
        };
        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(options.ClientId!)}:{Uri.EscapeDataString(options.ClientSecret)}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        return request;
    }

    private static PlatformException NotConnected(string why) => new(PlatformNames.X, PlatformFailure.Unauthorized, why);
}
