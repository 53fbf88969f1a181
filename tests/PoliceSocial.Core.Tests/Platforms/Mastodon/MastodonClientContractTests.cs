using System.Net;
using WireMock.ResponseBuilders;

namespace PoliceSocial.Core.Tests.Platforms.Mastodon;

/// <summary>The Mastodon client through the shared contract, on Mastodon.py's recorded responses.</summary>
public sealed class MastodonClientContractTests : PlatformClientContract
{
    protected override string Platform => "mastodon";

    protected override Dictionary<string, string?> Settings() => MastodonSettings(BaseUrl);

    public static Dictionary<string, string?> MastodonSettings(string baseUrl) => new()
    {
        ["Platforms:Mastodon:InstanceUrl"] = baseUrl,
        ["Platforms:Mastodon:AccessToken"] = Secret,
    };

    protected override string MentionsPath => "/api/v1/notifications";

    protected override string? StubRecordedMentions()
    {
        Stub(MentionsPath, Json(Payloads.Read("mastodon", "notifications.json"))
            .WithHeader("Link", $"<{BaseUrl}api/v1/notifications?max_id=21&types%5B%5D=mention>; rel=\"next\", <{BaseUrl}api/v1/notifications?min_id=21&types%5B%5D=mention>; rel=\"prev\"")
            .WithHeader("x-ratelimit-remaining", "299"));
        return null;
    }

    protected override (IReadOnlyList<string> Ids, string? NextCursor) RecordedMentions => (["117020577157693549"], "21");

    protected override IResponseBuilder RateLimited(DateTimeOffset reset) =>
        Json("""{"error":"Too many requests"}""", HttpStatusCode.TooManyRequests)
            .WithHeader("x-ratelimit-limit", "300").WithHeader("x-ratelimit-remaining", "0")
            .WithHeader("x-ratelimit-reset", reset.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'"));

    protected override (string Path, string PostId) StubRecordedPublish()
    {
        Stub("/api/v1/statuses", Json(Payloads.Read("mastodon", "create_status.json")), "POST");
        return ("/api/v1/statuses", "117020583258292382");
    }

    // Mastodon answers a repeated POST with the same Idempotency-Key with the status it already made.
    protected override bool PublishIsRepeatable => true;

    protected override string PostIdToDelete => "117020577157693549";

    protected override (string Path, string Method) DeleteRequest => ($"/api/v1/statuses/{PostIdToDelete}", "DELETE");

    protected override IResponseBuilder RecordedDeleteResponse() => Json(Payloads.Read("mastodon", "delete_status.json"));

    protected override IResponseBuilder DeleteOfMissingPost() => Json("""{"error":"Record not found"}""", HttpStatusCode.NotFound);

    protected override (string Text, string Id) StubOwnRecentPosts()
    {
        Stub("/api/v1/accounts/verify_credentials", Json(Payloads.Read("mastodon", "verify_credentials.json")));
        Stub("/api/v1/accounts/117020565693913441/statuses", Json($"[{Payloads.Read("mastodon", "create_status.json")}]"));
        return ("@mastodonpy_test_2 same!", "117020583258292382");
    }

    protected override void StubRevokedToken() =>
        Stub(MentionsPath, Json("""{"error":"The access token is invalid"}""", HttpStatusCode.Unauthorized));
}
