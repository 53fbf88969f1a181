using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PoliceSocial.Platforms.Http;

namespace PoliceSocial.Platforms.Bluesky;

/// <summary>AT Protocol errors: <c>{"error", "message"}</c> bodies and <c>ratelimit-reset</c> in epoch seconds.</summary>
internal sealed class BlueskyErrorReader : PlatformErrorReader
{
    public override string Platform => PlatformNames.Bluesky;

    public override DateTimeOffset? ReadReset(HttpResponseHeaders headers, JsonElement body, DateTimeOffset now) =>
        EpochSecondsHeader(headers, "ratelimit-reset");

    public override (string? Code, string? Message) ReadError(JsonElement body) => (body.Str("error"), body.Str("message"));

    /// <summary>An expired access token comes back as 400 ExpiredToken (or 401), and the session is refreshed.</summary>
    public override bool IsExpiredToken(HttpStatusCode status, JsonElement body) =>
        status == HttpStatusCode.Unauthorized || body.Str("error") is "ExpiredToken" or "InvalidToken";

    protected override PlatformFailure? Classify(HttpStatusCode status, string? code, string? message) => code switch
    {
        "ExpiredToken" or "InvalidToken" or "AuthenticationRequired" or "AccountTakedown" => PlatformFailure.Unauthorized,
        "RecordNotFound" or "RepoNotFound" => PlatformFailure.NotFound,
        _ => null,
    };
}
