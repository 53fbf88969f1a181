using System.Net;
using System.Text.Json.Nodes;
using WireMock.ResponseBuilders;

namespace PoliceSocial.Core.Tests.Platforms.Bluesky;

/// <summary>The Bluesky client through the shared contract, on bskyr's recorded AT Protocol responses.</summary>
public sealed class BlueskyClientContractTests : PlatformClientContract
{
    public BlueskyClientContractTests() => StubSession(this);

    protected override string Platform => "bluesky";

    protected override Dictionary<string, string?> Settings() => BlueskySettings(BaseUrl);

    public static Dictionary<string, string?> BlueskySettings(string baseUrl) => new()
    {
        ["Platforms:Bluesky:Handle"] = "bskyr.bsky.social",
        ["Platforms:Bluesky:AppPassword"] = "app-password-secret",
        ["Platforms:Bluesky:ServiceUrl"] = baseUrl,
    };

    /// <summary>The recorded createSession, whose tokens were blanked when recorded, with test tokens put back.</summary>
    public static string Session(string accessJwt, string refreshJwt)
    {
        var session = JsonNode.Parse(Payloads.Read("bluesky", "create_session.json"))!;
        session["accessJwt"] = accessJwt;
        session["refreshJwt"] = refreshJwt;
        return session.ToJsonString();
    }

    private static void StubSession(BlueskyClientContractTests test) =>
        test.Stub("/xrpc/com.atproto.server.createSession", Json(Session(Secret, "refresh-secret")), "POST");

    protected override string MentionsPath => "/xrpc/app.bsky.notification.listNotifications";

    protected override string? StubRecordedMentions()
    {
        Stub(MentionsPath, Json(Payloads.Read("bluesky", "list_notifications.json")).WithHeader("ratelimit-remaining", "2963"));
        return null;
    }

    // The recorded page mixes likes, follows and reposts with the 18 mentions, replies and quotes that count.
    protected override (IReadOnlyList<string> Ids, string? NextCursor) RecordedMentions =>
    ([
        "at://did:plc:dvdagn45jd7yybrbsh3ygs5l/app.bsky.feed.post/3lffbrjglpc2u",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulk2isl32s",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulk3b4ps2r",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulk445zl2d",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulk5opf22s",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulk6uqmv2v",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulk7mfsg2f",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulkahzgu2s",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulkbdxcg2j",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulqsuo2q2f",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulqtnba22s",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulqutwkj2c",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulqvn6zq2y",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3liulqwmk4a2h",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3lium35jvqr2c",
        "at://did:plc:zdd4yxyclksq2sem6jqxsfu2/app.bsky.feed.post/3livj2tl2su2v",
        "at://did:plc:wpe35pganb6d4pg4ekmfy6u5/app.bsky.feed.post/3lktjjvxvdk2g",
        "at://did:plc:lprqqpoyjspuma25n5gofocf/app.bsky.feed.post/3lmicbemya22g",
    ], "2025-05-17T08:44:44.416Z");

    protected override IResponseBuilder RateLimited(DateTimeOffset reset) =>
        Json("""{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}""", HttpStatusCode.TooManyRequests)
            .WithHeader("ratelimit-limit", "3000").WithHeader("ratelimit-remaining", "0")
            .WithHeader("ratelimit-reset", reset.ToUnixTimeSeconds().ToString()).WithHeader("ratelimit-policy", "3000;w=300");

    protected override (string Path, string PostId) StubRecordedPublish()
    {
        Stub("/xrpc/com.atproto.repo.createRecord", Json(Payloads.Read("bluesky", "create_record.json")), "POST");
        return ("/xrpc/com.atproto.repo.createRecord", "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lpres4gwbf27");
    }

    protected override string PostIdToDelete => "at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lpres4gwbf27";

    protected override (string Path, string Method) DeleteRequest => ("/xrpc/com.atproto.repo.deleteRecord", "POST");

    protected override IResponseBuilder RecordedDeleteResponse() => Json(Payloads.Read("bluesky", "delete_record.json"));

    // deleteRecord of a record that is not there succeeds: the PDS answers as for any delete.
    protected override IResponseBuilder DeleteOfMissingPost() => Json(Payloads.Read("bluesky", "delete_record.json"));

    protected override (string Text, string Id) StubOwnRecentPosts()
    {
        var record = JsonNode.Parse(Payloads.Read("bluesky", "get_record.json"))!;
        Stub("/xrpc/com.atproto.repo.listRecords", Json(new JsonObject { ["records"] = new JsonArray(record) }.ToJsonString()));
        return (record["value"]!["text"]!.GetValue<string>(), record["uri"]!.GetValue<string>());
    }

    protected override void StubRevokedToken()
    {
        Server.ResetMappings();
        Stub("/xrpc/com.atproto.server.createSession", Json("""{"error":"AuthenticationRequired","message":"Invalid identifier or password"}""", HttpStatusCode.Unauthorized), "POST");
    }
}
