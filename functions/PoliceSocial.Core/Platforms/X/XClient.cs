using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms.Http;
using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.Platforms.X;

/// <summary>The force's X account through the X API v2 with an OAuth 2.0 user-context token.</summary>
public sealed class XClient : IPlatformClient
{
    private const string TweetFields = "created_at,author_id,conversation_id,lang,referenced_tweets";
    private readonly XClientOptions _options;
    private readonly PlatformHttp _http;
    private readonly TimeProvider _clock;

    public XClient(HttpClient httpClient, XClientOptions options, TimeProvider clock, IPlatformTokenStore? tokenStore = null)
    {
        _options = options;
        _clock = clock;
        var errors = new XErrorReader();
        var tokens = new XTokens(options, new PlatformHttp(httpClient, errors, clock), tokenStore ?? new InMemoryPlatformTokenStore(), clock);
        _http = new PlatformHttp(httpClient, errors, clock, tokens);
    }

    public string Platform => PlatformNames.X;

    public async Task<MentionPoll> PollMentionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var state = PagingCursor.Parse(cursor);
        var mentions = new List<Mention>();
        string? page = state?.Page;
        string? pending = state?.Pending;

        // The first poll starts from now: one page, not the account's whole history.
        var maxPages = state is null ? 1 : Math.Max(1, _options.MaxPages);
        for (var pages = 0; pages < maxPages; pages++)
        {
            var response = await _http.SendAsync(() => Get(MentionsPath(state?.Since, page)), cancellationToken);
            mentions.AddRange(ReadMentions(response.Body));
            var meta = response.Body.Get("meta");
            pending ??= meta.Str("newest_id");
            page = meta.Str("next_token");
            if (page is null)
            {
                break;
            }
        }

        var next = state is null || page is null
            ? new PagingCursor(pending ?? state?.Since)
            : new PagingCursor(state.Since, page, pending);
        return new MentionPoll(mentions.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id.Length).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(), next.Serialize());
    }

    public async Task<PublishedPost> PublishAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var mediaIds = new JsonArray();
        foreach (var image in request.Images ?? [])
        {
            mediaIds.Add(await UploadImageAsync(image, cancellationToken));
        }

        var body = new JsonObject { ["text"] = request.Text };
        if (request.InReplyToId is { } replyTo)
        {
            body["reply"] = new JsonObject { ["in_reply_to_tweet_id"] = replyTo };
        }

        if (mediaIds.Count > 0)
        {
            body["media"] = new JsonObject { ["media_ids"] = mediaIds };
        }

        var response = await _http.SendAsync(() => Post("2/tweets", JsonContent.Create(body)), cancellationToken);
        var id = response.Body.Get("data").Str("id")
            ?? throw new PlatformException(Platform, PlatformFailure.Unavailable, "the post response had no id", response.StatusCode);
        return new PublishedPost(id, PostUrl(id));
    }

    public async Task<PublishedPost?> FindRecentPostAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var path = $"2/users/{Uri.EscapeDataString(_options.UserId)}/tweets?max_results=20&tweet.fields={TweetFields}";
        var response = await _http.SendAsync(() => Get(path), cancellationToken);
        foreach (var tweet in response.Body.Items("data"))
        {
            if (PostTextMatch.Same(tweet.Str("text"), request.Text)
                && (request.InReplyToId is null || RepliedTo(tweet) == request.InReplyToId)
                && tweet.Str("id") is { } id)
            {
                return new PublishedPost(id, PostUrl(id));
            }
        }

        return null;
    }

    public async Task DeleteAsync(string platformPostId, CancellationToken cancellationToken)
    {
        // A 404 means it is already gone, which is what a delete wants.
        await _http.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Delete, new Uri(_options.BaseUrl, $"2/tweets/{Uri.EscapeDataString(platformPostId)}")),
            cancellationToken, HttpStatusCode.NotFound);
    }

    private async Task<string> UploadImageAsync(PostImage image, CancellationToken cancellationToken)
    {
        if (!PostTextRules.AltTextFits(Platform, image.AltText))
        {
            throw new PlatformException(Platform, PlatformFailure.Rejected, $"alt text must be 1 to {PostTextRules.AltTextLimit(Platform)} characters");
        }

        var upload = await _http.SendAsync(() =>
        {
            var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(image.Content) { Headers = { ContentType = new(image.ContentType) } }, "media", "image" },
                { new StringContent("tweet_image"), "media_category" },
                { new StringContent(image.ContentType), "media_type" },
            };
            return Post("2/media/upload", form, repeatable: true);
        }, cancellationToken);
        var mediaId = upload.Body.Get("data").Str("id") ?? upload.Body.Str("media_id_string")
            ?? throw new PlatformException(Platform, PlatformFailure.Unavailable, "the media upload response had no id", upload.StatusCode);

        var metadata = new JsonObject
        {
            ["id"] = mediaId,
            ["metadata"] = new JsonObject { ["alt_text"] = new JsonObject { ["text"] = image.AltText } },
        };
        await _http.SendAsync(() => Post("2/media/metadata", JsonContent.Create(metadata), repeatable: true), cancellationToken);
        return mediaId;
    }

    private IEnumerable<Mention> ReadMentions(JsonElement body)
    {
        var handles = (body.Get("includes")?.Items("users") ?? [])
            .Where(u => u.Str("id") is not null)
            .GroupBy(u => u.Str("id")!)
            .ToDictionary(g => g.Key, g => g.First().Str("username"));
        foreach (var tweet in body.Items("data"))
        {
            if (tweet.Str("id") is not { } id)
            {
                continue;
            }

            var authorId = tweet.Str("author_id");
            var handle = authorId is not null ? handles.GetValueOrDefault(authorId) : null;
            yield return new Mention(
                Platform, id, handle ?? authorId ?? "unknown", tweet.Str("text") ?? "",
                tweet.Time("created_at") ?? SnowflakeTime(id) ?? _clock.GetUtcNow(),
                AuthorId: authorId,
                ConversationId: tweet.Str("conversation_id") ?? id,
                InReplyToId: RepliedTo(tweet),
                Url: $"https://x.com/{handle ?? "i/web"}/status/{id}",
                Language: tweet.Str("lang"));
        }
    }

    private static string? RepliedTo(JsonElement tweet) =>
        tweet.Items("referenced_tweets").Where(r => r.Str("type") == "replied_to").Select(r => r.Str("id")).FirstOrDefault();

    /// <summary>X ids carry their creation time (milliseconds since 2010-11-04) in the top bits.</summary>
    private static DateTimeOffset? SnowflakeTime(string id) =>
        long.TryParse(id, out var snowflake) && snowflake > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds((snowflake >> 22) + 1288834974657)
            : null;

    private string MentionsPath(string? since, string? page)
    {
        var path = $"2/users/{Uri.EscapeDataString(_options.UserId)}/mentions?max_results={Math.Clamp(_options.PageSize, 5, 100)}"
            + $"&tweet.fields={TweetFields}&expansions=author_id&user.fields=username";
        if (since is not null)
        {
            path += $"&since_id={Uri.EscapeDataString(since)}";
        }

        if (page is not null)
        {
            path += $"&pagination_token={Uri.EscapeDataString(page)}";
        }

        return path;
    }

    private string PostUrl(string id) => $"https://x.com/{_options.Username ?? "i/web"}/status/{id}";

    private HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(_options.BaseUrl, path));

    private HttpRequestMessage Post(string path, HttpContent content, bool repeatable = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.BaseUrl, path)) { Content = content };
        request.Options.Set(PlatformResilience.Repeatable, repeatable);
        return request;
    }
}
