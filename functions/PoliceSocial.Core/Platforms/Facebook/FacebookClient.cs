using System.Globalization;
using System.Net;
using System.Text.Json;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms.Http;
using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.Platforms.Facebook;

/// <summary>
/// The force's Facebook Page through the Graph API with a Page access token: comments on the Page's recent posts and
/// posts visitors leave on the Page are its mentions; it publishes to the Page feed and replies to comments.
/// </summary>
public sealed class FacebookClient : IPlatformClient
{
    private const string ItemFields = "id,message,created_time,from,permalink_url";
    private readonly FacebookClientOptions _options;
    private readonly PlatformHttp _http;
    private readonly TimeProvider _clock;

    public FacebookClient(HttpClient httpClient, FacebookClientOptions options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        var token = options.PageAccessToken ?? throw new ArgumentException("Platforms:Facebook:PageAccessToken is required.", nameof(options));
        _http = new PlatformHttp(httpClient, new FacebookErrorReader(), clock, new StaticAccessToken(token));
    }

    public string Platform => PlatformNames.Facebook;

    /// <summary>
    /// The cursor is the newest created time already read (Unix seconds). Each poll reads the Page's posts of the
    /// last <see cref="FacebookClientOptions.LookbackDays"/> days and each one's comments newest first until it
    /// reaches the cursor; the boundary second is read again and its duplicates dropped by the mention ledger.
    /// </summary>
    public async Task<MentionPoll> PollMentionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var mark = long.TryParse(cursor, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : now.AddDays(-1); // A newly connected Page starts with the last day.
        var newest = mark;
        var mentions = new List<Mention>();

        var since = now.AddDays(-Math.Max(1, _options.LookbackDays)).ToUnixTimeSeconds();
        var posts = await ReadPagesAsync(
            $"{_options.PageId}/feed", $"fields={ItemFields}&since={since}&limit={Math.Clamp(_options.MaxPosts, 1, 100)}",
            stopBefore: null, maxItems: Math.Max(1, _options.MaxPosts), cancellationToken);
        // Graph's time-based feed pages can overlap, so a post seen twice is read once.
        foreach (var post in posts.DistinctBy(p => p.Str("id")).Take(Math.Max(1, _options.MaxPosts)))
        {
            if (post.Str("id") is not { } postId)
            {
                continue;
            }

            // A visitor's post on the Page is itself a mention.
            if (FromVisitor(post) && post.Time("created_time") is { } posted && posted >= mark)
            {
                mentions.Add(ReadMention(post, postId, postId, null));
                newest = Max(newest, posted);
            }

            var comments = await ReadPagesAsync(
                $"{postId}/comments",
                $"fields={ItemFields},parent{{id}}&filter=stream&order=reverse_chronological&limit={Math.Clamp(_options.PageSize, 1, 100)}",
                stopBefore: mark, maxItems: int.MaxValue, cancellationToken);
            foreach (var comment in comments)
            {
                if (FromPage(comment) || CommentId(comment, postId) is not { } commentId)
                {
                    continue;
                }

                var mention = ReadMention(comment, commentId, postId, comment.Get("parent").Str("id") ?? postId);
                mentions.Add(mention);
                newest = Max(newest, mention.CreatedAt);
            }
        }

        return new MentionPoll(
            mentions.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(),
            newest.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    public async Task<PublishedPost> PublishAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>> { new("message", request.Text) };
        string path;
        if (request.InReplyToId is { } replyTo)
        {
            path = $"{replyTo}/comments";
        }
        else
        {
            path = $"{_options.PageId}/feed";
            var index = 0;
            foreach (var image in request.Images ?? [])
            {
                var photoId = await UploadPhotoAsync(image, cancellationToken);
                fields.Add(new($"attached_media[{index++}]", JsonSerializer.Serialize(new { media_fbid = photoId })));
            }
        }

        var response = await _http.SendAsync(() => Post(path, new FormUrlEncodedContent(fields)), cancellationToken);
        var id = response.Body.Str("id")
            ?? throw new PlatformException(Platform, PlatformFailure.Unavailable, "the publish response had no id", response.StatusCode);
        return new PublishedPost(id, response.Body.Str("permalink_url") ?? $"https://www.facebook.com/{id}");
    }

    public async Task<PublishedPost?> FindRecentPostAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var (path, query) = request.InReplyToId is { } replyTo
            ? ($"{replyTo}/comments", $"fields={ItemFields}&order=reverse_chronological&limit=25")
            : ($"{_options.PageId}/posts", $"fields={ItemFields}&limit=25");
        var response = await _http.SendAsync(() => Get(path, query), cancellationToken);
        foreach (var item in response.Body.Items("data"))
        {
            if ((request.InReplyToId is null || FromPage(item)) && PostTextMatch.Same(item.Str("message"), request.Text) && item.Str("id") is { } id)
            {
                return new PublishedPost(id, item.Str("permalink_url") ?? $"https://www.facebook.com/{id}");
            }
        }

        return null;
    }

    public async Task DeleteAsync(string platformPostId, CancellationToken cancellationToken)
    {
        try
        {
            await _http.SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, Url(platformPostId, "")), cancellationToken, HttpStatusCode.NotFound);
        }
        catch (PlatformException e) when (e.Failure == PlatformFailure.NotFound)
        {
            // Graph says "does not exist" with a 400: already gone is what a delete wants.
        }
    }

    private async Task<string> UploadPhotoAsync(PostImage image, CancellationToken cancellationToken)
    {
        if (!PostTextRules.AltTextFits(Platform, image.AltText))
        {
            throw new PlatformException(Platform, PlatformFailure.Rejected, $"alt text must be 1 to {PostTextRules.AltTextLimit(Platform)} characters");
        }

        // Uploaded unpublished, then attached to the feed post, so the post carries text and photos together.
        var response = await _http.SendAsync(() =>
        {
            var request = Post($"{_options.PageId}/photos", new MultipartFormDataContent
            {
                { new ByteArrayContent(image.Content) { Headers = { ContentType = new(image.ContentType) } }, "source", "image" },
                { new StringContent("false"), "published" },
                { new StringContent(image.AltText), "alt_text_custom" },
            });
            request.Options.Set(PlatformResilience.Repeatable, true);
            return request;
        }, cancellationToken);
        return response.Body.Str("id")
            ?? throw new PlatformException(Platform, PlatformFailure.Unavailable, "the photo upload response had no id", response.StatusCode);
    }

    /// <summary>
    /// Reads an edge page by page. The next page is asked of our own endpoint with the query of Graph's "next" link,
    /// never by following the link itself, so the token only ever goes to the configured Graph address.
    /// </summary>
    private async Task<List<JsonElement>> ReadPagesAsync(string path, string query, DateTimeOffset? stopBefore, int maxItems, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        string? next = query;
        for (var pages = 0; pages < Math.Max(1, _options.MaxPages) && next is not null && items.Count < maxItems; pages++)
        {
            var current = next;
            var response = await _http.SendAsync(() => Get(path, current), cancellationToken);
            var page = response.Body.Items("data").ToList();
            var fresh = page.Where(item => stopBefore is not { } mark || !(item.Time("created_time") < mark)).ToList();
            items.AddRange(fresh);

            // Graph is asked for newest first, but the order is not trusted: paging stops at a page with nothing new.
            if (stopBefore is not null && fresh.Count == 0)
            {
                break;
            }

            next = NextQuery(response.Body);
        }

        return items;
    }

    private static string? NextQuery(JsonElement body)
    {
        var paging = body.Get("paging");
        if (paging.Str("next") is not { } next || !Uri.TryCreate(next, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var parts = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("access_token=", StringComparison.Ordinal));
        return string.Join('&', parts);
    }

    private Mention ReadMention(JsonElement item, string id, string postId, string? inReplyTo)
    {
        var from = item.Get("from");
        return new Mention(
            Platform, id, from.Str("name") ?? "Facebook user", item.Str("message") ?? "",
            item.Time("created_time") ?? _clock.GetUtcNow(),
            AuthorId: from.Str("id"),
            ConversationId: postId,
            InReplyToId: inReplyTo,
            Url: item.Str("permalink_url"));
    }

    /// <summary>The comment's id; if Graph left it out, rebuilt from its permalink as {post}_{comment}.</summary>
    private static string? CommentId(JsonElement comment, string postId)
    {
        if (comment.Str("id") is { } id)
        {
            return id;
        }

        if (comment.Str("permalink_url") is { } permalink && Uri.TryCreate(permalink, UriKind.Absolute, out var uri))
        {
            var query = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1]);
            if ((query.GetValueOrDefault("reply_comment_id") ?? query.GetValueOrDefault("comment_id")) is { } commentId)
            {
                return $"{postId[(postId.IndexOf('_') + 1)..]}_{commentId}";
            }
        }

        return null;
    }

    private bool FromPage(JsonElement item) => item.Get("from").Str("id") == _options.PageId;

    private bool FromVisitor(JsonElement item) => item.Get("from").Str("id") is { } author && author != _options.PageId;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private Uri Url(string path, string query) =>
        new(_options.BaseUrl, $"{_options.ApiVersion}/{path}" + (query.Length > 0 ? "?" + query : ""));

    private HttpRequestMessage Get(string path, string query) => new(HttpMethod.Get, Url(path, query));

    private HttpRequestMessage Post(string path, HttpContent content) =>
        new(HttpMethod.Post, Url(path, "")) { Content = content };
}
