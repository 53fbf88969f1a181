using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PoliceSocial.Platforms.Http;

/// <summary>
/// How one platform says "slow down", "log in again" and what went wrong, turned into a <see cref="PlatformException"/>.
/// Messages come from the platform's error body (never from the request, so no token or post text leaks into logs).
/// </summary>
public abstract class PlatformErrorReader
{
    public abstract string Platform { get; }

    /// <summary>When the platform's rate limit resets, read from its own headers or body.</summary>
    public abstract DateTimeOffset? ReadReset(HttpResponseHeaders headers, JsonElement body, DateTimeOffset now);

    /// <summary>The platform's own error code and message from an error body.</summary>
    public abstract (string? Code, string? Message) ReadError(JsonElement body);

    public virtual bool IsRateLimited(HttpStatusCode status, JsonElement body) => status == HttpStatusCode.TooManyRequests;

    /// <summary>The token expired and a refresh is worth trying.</summary>
    public virtual bool IsExpiredToken(HttpStatusCode status, JsonElement body) => status == HttpStatusCode.Unauthorized;

    /// <summary>A platform-specific reading of an error, or null for the usual one by status code.</summary>
    protected virtual PlatformFailure? Classify(HttpStatusCode status, string? code, string? message) => null;

    public PlatformException ToException(HttpStatusCode status, HttpResponseHeaders headers, JsonElement body, DateTimeOffset now)
    {
        var (code, message) = ReadError(body);
        var text = $"{(int)status} {message ?? status.ToString()}";
        if (IsRateLimited(status, body))
        {
            var reset = ReadReset(headers, body, now) ?? RetryAfterHeader(headers, now);
            return new PlatformException(Platform, PlatformFailure.RateLimited, text, status, code, reset);
        }

        var failure = Classify(status, code, message) ?? status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => PlatformFailure.Unauthorized,
            HttpStatusCode.NotFound or HttpStatusCode.Gone => PlatformFailure.NotFound,
            HttpStatusCode.RequestTimeout => PlatformFailure.Unavailable,
            >= HttpStatusCode.InternalServerError => PlatformFailure.Unavailable,
            _ => PlatformFailure.Rejected,
        };
        return new PlatformException(Platform, failure, text, status, code);
    }

    /// <summary>The standard header, as seconds or an HTTP date.</summary>
    protected static DateTimeOffset? RetryAfterHeader(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => now + delta,
        { Date: { } date } => date,
        _ => null,
    };

    protected static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    protected static DateTimeOffset? EpochSecondsHeader(HttpResponseHeaders headers, string name) =>
        long.TryParse(Header(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    protected static string? StringProperty(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null
            : null;
}
