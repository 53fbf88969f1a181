using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly.Timeout;

namespace PoliceSocial.Platforms.Http;

/// <summary>
/// Sends one platform call through the resilient HttpClient: adds the bearer token, renews it once when the platform
/// says it expired, and turns every failure into a <see cref="PlatformException"/>.
/// </summary>
public sealed class PlatformHttp(HttpClient http, PlatformErrorReader errors, TimeProvider clock, IAccessTokenSource? tokens = null)
{
    public string Platform => errors.Platform;

    /// <param name="createRequest">Builds a fresh request for each attempt (a request cannot be sent twice).</param>
    /// <param name="accept">Error statuses the caller handles itself (e.g. 404 on delete).</param>
    public async Task<PlatformResponse> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken, params HttpStatusCode[] accept)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = createRequest();
            string? token = null;
            if (tokens is not null)
            {
                token = await tokens.GetAsync(cancellationToken);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await SendOnceAsync(request, cancellationToken);
            var body = await ReadBodyAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new PlatformResponse(response.StatusCode, response.Headers, body);
            }

            if (tokens is not null && attempt == 0 && errors.IsExpiredToken(response.StatusCode, body))
            {
                await tokens.RefreshAsync(token!, cancellationToken);
                continue;
            }

            if (accept.Contains(response.StatusCode) && !errors.IsRateLimited(response.StatusCode, body))
            {
                return new PlatformResponse(response.StatusCode, response.Headers, body);
            }

            throw errors.ToException(response.StatusCode, response.Headers, body, clock.GetUtcNow());
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new PlatformException(Platform, PlatformFailure.Unavailable, "timed out after retries", innerException: e);
        }
        catch (HttpRequestException e)
        {
            // The message names only the failure (e.g. connection refused), never the request.
            throw new PlatformException(Platform, PlatformFailure.Unavailable, $"connection failed after retries ({e.HttpRequestError})", innerException: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PlatformException(Platform, PlatformFailure.Unavailable, "timed out", innerException: e);
        }
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // An HTML error page from a proxy: the status code says enough.
            return default;
        }
    }
}
