using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PoliceSocial.Platforms.Http;

namespace PoliceSocial.Platforms.Facebook;

/// <summary>
/// Graph API errors: <c>{"error": {"code", "error_subcode", "message"}}</c>. Throttling is not a 429 but an error code
/// (4, 17, 32, 613, or 80001-80014 for business use cases); how long to wait is in
/// <c>x-business-use-case-usage</c> (<c>estimated_time_to_regain_access</c>, minutes) when Facebook says.
/// </summary>
internal sealed class FacebookErrorReader : PlatformErrorReader
{
    /// <summary>Facebook's usage windows are an hour long; without an estimate a quarter of it is a fair wait.</summary>
    private static readonly TimeSpan DefaultThrottle = TimeSpan.FromMinutes(15);

    public override string Platform => PlatformNames.Facebook;

    public override DateTimeOffset? ReadReset(HttpResponseHeaders headers, JsonElement body, DateTimeOffset now)
    {
        var minutes = 0;
        if (Header(headers, "x-business-use-case-usage") is { } usage)
        {
            try
            {
                using var document = JsonDocument.Parse(usage);
                foreach (var business in document.RootElement.EnumerateObject())
                {
                    foreach (var entry in business.Value.Items())
                    {
                        if (entry.Get("estimated_time_to_regain_access") is { ValueKind: JsonValueKind.Number } wait)
                        {
                            minutes = Math.Max(minutes, wait.GetInt32());
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A malformed usage header only loses the estimate.
            }
        }

        return minutes > 0 ? now.AddMinutes(minutes) : RetryAfterHeader(headers, now) ?? now + DefaultThrottle;
    }

    public override (string? Code, string? Message) ReadError(JsonElement body)
    {
        var error = body.Get("error");
        var code = error.Str("code");
        var subcode = error.Str("error_subcode");
        return (subcode is null ? code : $"{code}/{subcode}", error.Str("message"));
    }

    public override bool IsRateLimited(HttpStatusCode status, JsonElement body) =>
        status == HttpStatusCode.TooManyRequests || Code(body) is 4 or 17 or 32 or 613 or (>= 80001 and <= 80014);

    // A Page token does not refresh: one that stopped working must be replaced by the force.
    public override bool IsExpiredToken(HttpStatusCode status, JsonElement body) => false;

    protected override PlatformFailure? Classify(HttpStatusCode status, string? code, string? message)
    {
        var main = code?.Split('/')[0];
        return code switch
        {
            "100/33" => PlatformFailure.NotFound, // the object does not exist (or is not visible to this token)
            _ when main is "190" or "102" or "10" => PlatformFailure.Unauthorized, // token expired, revoked or lacking
            _ when int.TryParse(main, out var n) && n is >= 200 and <= 299 => PlatformFailure.Unauthorized, // permission missing
            _ when main is "1" or "2" => PlatformFailure.Unavailable, // Graph's own temporary faults
            _ => null,
        };
    }

    private static int? Code(JsonElement body) =>
        body.Get("error")?.Get("code") is { ValueKind: JsonValueKind.Number } code ? code.GetInt32() : null;
}
