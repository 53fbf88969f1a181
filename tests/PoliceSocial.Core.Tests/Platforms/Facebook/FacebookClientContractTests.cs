using System.Net;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PoliceSocial.Core.Tests.Platforms.Facebook;

/// <summary>The Facebook Pages client through the shared contract, on python-facebook's recorded Graph responses.</summary>
public sealed class FacebookClientContractTests : PlatformClientContract
{
    public const string PageId = "4";
    public const string WatchedPost = "4_10113477241177441";

    protected override string Platform => "facebook";

    // The recorded comments were made in August 2021.
    protected override DateTimeOffset Now => new(2021, 8, 15, 9, 0, 0, TimeSpan.Zero);

    protected override Dictionary<string, string?> Settings() => FacebookSettings(BaseUrl);

    public static Dictionary<string, string?> FacebookSettings(string baseUrl) => new()
    {
        ["Platforms:Facebook:PageId"] = PageId,
        ["Platforms:Facebook:PageAccessToken"] = Secret,
        ["Platforms:Facebook:BaseUrl"] = baseUrl,
    };

    protected override string MentionsPath => $"/v23.0/{PageId}/feed";

    protected override string? StubRecordedMentions()
    {
        // Two feed pages (the second reached through the first's "next" link), then the comments of each post:
        // two recorded pages for one post, none for the others.
        Stub(MentionsPath, Json(Payloads.Read("facebook", "feed_p1.json")));
        Server.Given(Request.Create().WithPath(MentionsPath).WithParam("until", "1624385168").UsingGet()).AtPriority(5)
            .RespondWith(Json(Payloads.Read("facebook", "feed_p2.json")));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/v23.0/*/comments")).UsingGet()).AtPriority(20)
            .RespondWith(Json("""{"data":[]}"""));
        Stub($"/v23.0/{WatchedPost}/comments", Json(Payloads.Read("facebook", "comments_p1.json")));
        Server.Given(Request.Create().WithPath($"/v23.0/{WatchedPost}/comments").WithParam("after", "after").UsingGet()).AtPriority(5)
            .RespondWith(Json(Payloads.Read("facebook", "comments_p2.json")));
        return DateTimeOffset.Parse("2021-08-10T00:00:00Z").ToUnixTimeSeconds().ToString();
    }

    // The recording's comments carry no id field; their ids are rebuilt from their permalinks.
    protected override (IReadOnlyList<string> Ids, string? NextCursor) RecordedMentions =>
    ([
        "10113477241177441_10158407835073553", "10113477241177441_10158407903973553", "10113477241177441_10158408043788553",
        "10113477241177441_10158408729028553", "10113477241177441_10158408729313553", "10113477241177441_10158409983033553",
        "10113477241177441_10158409984053553", "10113477241177441_10158409984103553", "10113477241177441_10158410332078553",
        "10113477241177441_10158411321043553", "10113477241177441_10158412899928553", "10113477241177441_10158413660043553",
        "10113477241177441_10158414379883553", "10113477241177441_10158414379973553", "10113477241177441_10158414644018553",
    ], "1628925882");

    protected override IResponseBuilder RateLimited(DateTimeOffset reset) =>
        Json("""{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","is_transient":true,"code":4,"fbtrace_id":"Abc"}}""", HttpStatusCode.BadRequest)
            .WithHeader("x-business-use-case-usage",
                $$"""{"{{PageId}}":[{"type":"pages","call_count":100,"total_cputime":30,"total_time":40,"estimated_time_to_regain_access":{{(int)(reset - Now).TotalMinutes}}}]}""");

    protected override (string Path, string PostId) StubRecordedPublish()
    {
        Stub($"/v23.0/{PageId}/feed", Json(Payloads.Read("facebook", "comment_create.json")), "POST");
        return ($"/v23.0/{PageId}/feed", "245778718206154_229887283291835");
    }

    protected override string PostIdToDelete => "4_10113477241177441";

    protected override (string Path, string Method) DeleteRequest => ($"/v23.0/{PostIdToDelete}", "DELETE");

    protected override IResponseBuilder RecordedDeleteResponse() => Json("""{"success":true}""");

    protected override IResponseBuilder DeleteOfMissingPost() =>
        Json("""{"error":{"message":"Unsupported delete request. Object with ID '4_10113477241177441' does not exist","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"Abc"}}""", HttpStatusCode.BadRequest);

    protected override (string Text, string Id) StubOwnRecentPosts()
    {
        Stub($"/v23.0/{PageId}/posts", Json(Payloads.Read("facebook", "feed_p1.json")));
        return ("I'm grateful to get to build things that so many people find meaningful in their lives.", "4_10113400535556121");
    }

    protected override void StubRevokedToken() =>
        Stub(MentionsPath, Json("""{"error":{"message":"Error validating access token: The session has been invalidated because the user changed their password.","type":"OAuthException","code":190,"error_subcode":460,"fbtrace_id":"Abc"}}""", HttpStatusCode.BadRequest));
}
