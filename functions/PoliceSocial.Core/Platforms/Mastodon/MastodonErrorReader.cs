using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PoliceSocial.Platforms.Http;

namespace PoliceSocial.Platforms.Mastodon;

/// <summary>Mastodon's errors: <c>{"error": "..."}</c> bodies and an ISO 8601 <c>x-ratelimit-reset</c>.</summary>
internal sealed class MastodonErrorReader : PlatformErrorReader
{
    public override string Platform => PlatformNames.Mastodon;

    public override DateTimeOffset? ReadReset(HttpResponseHeaders headers, JsonElement body, DateTimeOffset now) =>
        DateTimeOffset.TryParse(Header(headers, "x-ratelimit-reset"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reset)
            ? reset
            : null;

    public override (string? Code, string? Message) ReadError(JsonElement body) =>
        (null, body.Str("error") is { } error ? body.Str("error_description") is { } detail ? $"{error}: {detail}" : error : null);

    // A Mastodon token does not expire on its own; a 401 means it was revoked.
    public override bool IsExpiredToken(HttpStatusCode status, JsonElement body) => false;

    protected override PlatformFailure? Classify(HttpStatusCode status, string? code, string? message) =>
        // Media still being processed when the status is posted: fine a little later.
        status == HttpStatusCode.UnprocessableEntity && message?.Contains("processing", StringComparison.OrdinalIgnoreCase) == true
            ? PlatformFailure.Unavailable
            : null;
}
