using System.Net.Http.Headers;
using System.Net.Http.Json;
using PoliceSocial.Platforms.Http;

namespace PoliceSocial.Platforms.Bluesky;

/// <summary>
/// The account's AT Protocol session, made from the app password (createSession) and renewed with its refresh token
/// (refreshSession) when the access token expires; if the refresh token is also spent, a new session is made.
/// Held in memory only: the app password can always make a new one.
/// </summary>
internal sealed class BlueskySession(BlueskyClientOptions options, PlatformHttp http) : IAccessTokenSource
{
    private readonly SemaphoreSlim _changing = new(1, 1);
    private string? _accessJwt;
    private string? _refreshJwt;

    /// <summary>The account's DID, known once a session exists.</summary>
    public string? Did { get; private set; }

    public string? Handle { get; private set; }

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_accessJwt is null)
        {
            await RefreshAsync("", cancellationToken);
        }

        return _accessJwt!;
    }

    public async Task<string> DidAsync(CancellationToken cancellationToken)
    {
        await GetAsync(cancellationToken);
        return Did!;
    }

    public async Task RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _changing.WaitAsync(cancellationToken);
        try
        {
            if ((_accessJwt ?? "") != rejected)
            {
                return; // Another call renewed the session while this one waited.
            }

            if (_refreshJwt is { } refreshJwt)
            {
                try
                {
                    Keep(await http.SendAsync(() => RefreshRequest(refreshJwt), cancellationToken));
                    return;
                }
                catch (PlatformException e) when (!e.IsTransient)
                {
                    // The refresh token expired or was revoked: log in again with the app password.
                }
            }

            try
            {
                Keep(await http.SendAsync(CreateRequest, cancellationToken));
            }
            catch (PlatformException e) when (!e.IsTransient)
            {
                throw new PlatformException(PlatformNames.Bluesky, PlatformFailure.Unauthorized,
                    "the handle and app password were refused; check Platforms:Bluesky", e.StatusCode, e.PlatformErrorCode);
            }
        }
        finally
        {
            _changing.Release();
        }
    }

    private void Keep(PlatformResponse response)
    {
        _accessJwt = response.Body.Str("accessJwt") is { Length: > 0 } access
            ? access
            : throw new PlatformException(PlatformNames.Bluesky, PlatformFailure.Unauthorized, "the session response had no access token");
        _refreshJwt = response.Body.Str("refreshJwt");
        Did = response.Body.Str("did") ?? Did;
        Handle = response.Body.Str("handle") ?? Handle;
    }

    private HttpRequestMessage CreateRequest()
    {
        if (string.IsNullOrEmpty(options.AppPassword))
        {
            throw new PlatformException(PlatformNames.Bluesky, PlatformFailure.Unauthorized, "no app password is configured (Platforms:Bluesky:AppPassword)");
        }

        return new HttpRequestMessage(HttpMethod.Post, new Uri(options.ServiceUrl, "xrpc/com.atproto.server.createSession"))
        {
            Content = JsonContent.Create(new { identifier = options.Handle, password = options.AppPassword }),
        };
    }

    private HttpRequestMessage RefreshRequest(string refreshJwt) =>
        new(HttpMethod.Post, new Uri(options.ServiceUrl, "xrpc/com.atproto.server.refreshSession"))
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", refreshJwt) },
        };
}
