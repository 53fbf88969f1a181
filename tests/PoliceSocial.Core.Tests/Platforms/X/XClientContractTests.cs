using System.Net;
using WireMock.ResponseBuilders;

namespace PoliceSocial.Core.Tests.Platforms.X;

/// <summary>The X client through the shared contract, on tweepy's recorded X API v2 responses.</summary>
public sealed class XClientContractTests : PlatformClientContract
{
    public const string UserId = "783214";

    protected override string Platform => "x";

    protected override Dictionary<string, string?> Settings() => XSettings(BaseUrl);

    public static Dictionary<string, string?> XSettings(string baseUrl) => new()
    {
        ["Platforms:X:UserId"] = UserId,
        ["Platforms:X:Username"] = "ExamplePolice",
        ["Platforms:X:AccessToken"] = Secret,
        ["Platforms:X:RefreshToken"] = "refresh-secret-1",
        ["Platforms:X:ClientId"] = "client-id",
        ["Platforms:X:BaseUrl"] = baseUrl,
    };

    protected override string MentionsPath => $"/2/users/{UserId}/mentions";

    protected override string? StubRecordedMentions()
    {
        Stub(MentionsPath, Json(Payloads.Read("x", "mentions.json")).WithHeader("x-rate-limit-remaining", "448"));
        return null;
    }

    // The recording has no created_at: the times come from the ids themselves, so oldest first is by id.
    protected override (IReadOnlyList<string> Ids, string? NextCursor) RecordedMentions =>
    ([
        "1578516107798884353", "1578516142770909184", "1578516149339574274", "1578516190862794753", "1578516220231397376",
        "1578516230448631808", "1578516242867945475", "1578516249856077825", "1578516273537118209", "1578516295611748353",
    ], "1578516295611748353");

    protected override IResponseBuilder RateLimited(DateTimeOffset reset) =>
        Json("""{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""", HttpStatusCode.TooManyRequests)
            .WithHeader("x-rate-limit-limit", "450").WithHeader("x-rate-limit-remaining", "0")
            .WithHeader("x-rate-limit-reset", reset.ToUnixTimeSeconds().ToString());

    protected override (string Path, string PostId) StubRecordedPublish()
    {
        Stub("/2/tweets", Json(Payloads.Read("x", "create_tweet.json"), HttpStatusCode.Created), "POST");
        return ("/2/tweets", "1456012973835788293");
    }

    protected override string PostIdToDelete => "1456012973835788293";

    protected override (string Path, string Method) DeleteRequest => ($"/2/tweets/{PostIdToDelete}", "DELETE");

    protected override IResponseBuilder RecordedDeleteResponse() => Json(Payloads.Read("x", "delete_tweet.json"));

    protected override IResponseBuilder DeleteOfMissingPost() =>
        Json("""{"title":"Not Found Error","detail":"Could not find tweet","type":"https://api.twitter.com/2/problems/resource-not-found"}""", HttpStatusCode.NotFound);

    protected override (string Text, string Id) StubOwnRecentPosts()
    {
        Stub($"/2/users/{UserId}/tweets", Json(Payloads.Read("x", "recent_tweets.json")));
        return ("2022-10-07 22:40:12.640354 tweepy", "1578515564971970560");
    }

    protected override void StubRevokedToken()
    {
        Stub(MentionsPath, Json("""{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""", HttpStatusCode.Unauthorized));
        Stub("/2/oauth2/token", Json("""{"error":"invalid_request","error_description":"Value passed for the token was invalid."}""", HttpStatusCode.BadRequest), "POST");
    }
}
