using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms.Http;
using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.Platforms.Bluesky;

/// <summary>The force's Bluesky account through the AT Protocol XRPC API, with a session from an app password.</summary>
public sealed class BlueskyClient : IPlatformClient
{
    private const string PostCollection = "app.bsky.feed.post";
    private static readonly string[] MentionReasons = ["mention", "reply", "quote"];
    private readonly BlueskyClientOptions _options;
    private readonly BlueskySession _session;
    private readonly PlatformHttp _http;
    private readonly TimeProvider _clock;

    public BlueskyClient(HttpClient httpClient, BlueskyClientOptions options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        var errors = new BlueskyErrorReader();
        _session = new BlueskySession(options, new PlatformHttp(httpClient, errors, clock));
        _http = new PlatformHttp(httpClient, errors, clock, _session);
    }

    public string Platform => PlatformNames.Bluesky;

    /// <summary>
    /// Notifications come newest first with a cursor to older pages; a poll walks back until it reaches the newest
    /// notification of the previous poll (the cursor's mark), carrying an unfinished walk over to the next poll.
    /// </summary>
    public async Task<MentionPoll> PollMentionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var state = PagingCursor.Parse(cursor);
        var mark = state?.Since is { } since ? ParseTime(since) : null;
        var page = state?.Page;
        var pending = state?.Pending;
        var mentions = new List<Mention>();
        var maxPages = state is null ? 1 : Math.Max(1, _options.MaxPages);
        for (var pages = 0; pages < maxPages; pages++)
        {
            var response = await _http.SendAsync(() => Get(NotificationsPath(page)), cancellationToken);
            var reachedMark = false;
            var notifications = response.Body.Items("notifications").ToList();
            foreach (var notification in notifications)
            {
                var indexedAt = notification.Time("indexedAt");
                if (mark is not null && indexedAt < mark)
                {
                    reachedMark = true;
                    break;
                }

                pending ??= notification.Str("indexedAt");
                if (MentionReasons.Contains(notification.Str("reason")) && ReadMention(notification) is { } mention)
                {
                    mentions.Add(mention);
                }
            }

            page = response.Body.Str("cursor");
            if (reachedMark || notifications.Count == 0)
            {
                page = null;
            }

            if (page is null)
            {
                break;
            }
        }

        var next = state is null || page is null ? new PagingCursor(pending ?? state?.Since) : new PagingCursor(state.Since, page, pending);
        return new MentionPoll(mentions.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(), next.Serialize());
    }

    public async Task<PublishedPost> PublishAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var did = await _session.DidAsync(cancellationToken);
        var record = new JsonObject
        {
            ["$type"] = PostCollection,
            ["text"] = request.Text,
            ["createdAt"] = _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };

        var facets = await FacetsAsync(request.Text, cancellationToken);
        if (facets.Count > 0)
        {
            record["facets"] = facets;
        }

        if (request.InReplyToId is { } parentUri)
        {
            record["reply"] = await ReplyRefAsync(parentUri, cancellationToken);
        }

        if (request.Images is { Count: > 0 } images)
        {
            var embedded = new JsonArray();
            foreach (var image in images.Take(4))
            {
                embedded.Add(new JsonObject { ["alt"] = image.AltText, ["image"] = await UploadBlobAsync(image, cancellationToken) });
            }

            record["embed"] = new JsonObject { ["$type"] = "app.bsky.embed.images", ["images"] = embedded };
        }

        var body = new JsonObject { ["repo"] = did, ["collection"] = PostCollection, ["record"] = record };
        var response = await _http.SendAsync(() => Post("com.atproto.repo.createRecord", JsonContent.Create(body), repeatable: false), cancellationToken);
        var uri = response.Body.Str("uri")
            ?? throw new PlatformException(Platform, PlatformFailure.Unavailable, "createRecord returned no uri", response.StatusCode);
        return new PublishedPost(uri, PostUrl(uri, _session.Handle ?? _options.Handle));
    }

    public async Task<PublishedPost?> FindRecentPostAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var did = await _session.DidAsync(cancellationToken);
        var response = await _http.SendAsync(
            () => Get($"xrpc/com.atproto.repo.listRecords?repo={Uri.EscapeDataString(did)}&collection={PostCollection}&limit=25"),
            cancellationToken);
        foreach (var item in response.Body.Items("records"))
        {
            var value = item.Get("value");
            if (PostTextMatch.Same(value.Str("text"), request.Text)
                && (request.InReplyToId is null || value?.Get("reply")?.Get("parent").Str("uri") == request.InReplyToId)
                && item.Str("uri") is { } uri)
            {
                return new PublishedPost(uri, PostUrl(uri, _session.Handle ?? _options.Handle));
            }
        }

        return null;
    }

    public async Task DeleteAsync(string platformPostId, CancellationToken cancellationToken)
    {
        var did = await _session.DidAsync(cancellationToken);
        var (_, collection, rkey) = AtUri.Parse(platformPostId)
            ?? throw new PlatformException(Platform, PlatformFailure.NotFound, "not an at:// post address");
        var body = new JsonObject { ["repo"] = did, ["collection"] = collection, ["rkey"] = rkey };

        // deleteRecord succeeds for a record that is already gone.
        await _http.SendAsync(() => Post("com.atproto.repo.deleteRecord", JsonContent.Create(body), repeatable: true), cancellationToken);
    }

    private async Task<JsonArray> FacetsAsync(string text, CancellationToken cancellationToken)
    {
        var facets = new JsonArray();
        foreach (var facet in BlueskyFacets.Find(text))
        {
            JsonObject feature;
            switch (facet.Kind)
            {
                case "mention":
                    // A handle that does not resolve stays plain text rather than failing the post.
                    if (await ResolveHandleAsync(facet.Value, cancellationToken) is not { } did)
                    {
                        continue;
                    }

                    feature = new JsonObject { ["$type"] = "app.bsky.richtext.facet#mention", ["did"] = did };
                    break;
                case "link":
                    feature = new JsonObject { ["$type"] = "app.bsky.richtext.facet#link", ["uri"] = facet.Value };
                    break;
                default:
                    feature = new JsonObject { ["$type"] = "app.bsky.richtext.facet#tag", ["tag"] = facet.Value };
                    break;
            }

            facets.Add(new JsonObject
            {
                ["index"] = new JsonObject { ["byteStart"] = facet.ByteStart, ["byteEnd"] = facet.ByteEnd },
                ["features"] = new JsonArray(feature),
            });
        }

        return facets;
    }

    private async Task<string?> ResolveHandleAsync(string handle, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _http.SendAsync(() => Get($"xrpc/com.atproto.identity.resolveHandle?handle={Uri.EscapeDataString(handle)}"), cancellationToken);
            return response.Body.Str("did");
        }
        catch (PlatformException e) when (e.Failure is PlatformFailure.Rejected or PlatformFailure.NotFound)
        {
            return null;
        }
    }

    /// <summary>A reply names its parent and the thread's root, each by uri and content hash (cid).</summary>
    private async Task<JsonObject> ReplyRefAsync(string parentUri, CancellationToken cancellationToken)
    {
        var (repo, collection, rkey) = AtUri.Parse(parentUri)
            ?? throw new PlatformException(Platform, PlatformFailure.Rejected, "the post replied to is not an at:// address");
        var response = await _http.SendAsync(
            () => Get($"xrpc/com.atproto.repo.getRecord?repo={Uri.EscapeDataString(repo)}&collection={Uri.EscapeDataString(collection)}&rkey={Uri.EscapeDataString(rkey)}"),
            cancellationToken);
        var parent = new JsonObject { ["uri"] = response.Body.Str("uri") ?? parentUri, ["cid"] = response.Body.Str("cid") };
        var root = response.Body.Get("value")?.Get("reply")?.Get("root") is { } existingRoot
            ? new JsonObject { ["uri"] = existingRoot.Str("uri"), ["cid"] = existingRoot.Str("cid") }
            : parent.DeepClone();
        return new JsonObject { ["root"] = root, ["parent"] = parent };
    }

    private async Task<JsonNode> UploadBlobAsync(PostImage image, CancellationToken cancellationToken)
    {
        if (!PostTextRules.AltTextFits(Platform, image.AltText))
        {
            throw new PlatformException(Platform, PlatformFailure.Rejected, $"alt text must be 1 to {PostTextRules.AltTextLimit(Platform)} characters");
        }

        var response = await _http.SendAsync(
            () => Post("com.atproto.repo.uploadBlob", new ByteArrayContent(image.Content) { Headers = { ContentType = new(image.ContentType) } }, repeatable: true),
            cancellationToken);
        return response.Body.Get("blob") is { } blob
            ? JsonNode.Parse(blob.GetRawText())!
            : throw new PlatformException(Platform, PlatformFailure.Unavailable, "uploadBlob returned no blob", response.StatusCode);
    }

    private Mention? ReadMention(JsonElement notification)
    {
        if (notification.Str("uri") is not { } uri)
        {
            return null;
        }

        var author = notification.Get("author");
        var record = notification.Get("record");
        var reply = record?.Get("reply");
        var handle = author.Str("handle") ?? author.Str("did") ?? "unknown";
        return new Mention(
            Platform, uri, handle, record.Str("text") ?? "",
            record?.Time("createdAt") ?? notification.Time("indexedAt") ?? _clock.GetUtcNow(),
            AuthorId: author.Str("did"),
            ConversationId: reply?.Get("root").Str("uri") ?? uri,
            InReplyToId: reply?.Get("parent").Str("uri"),
            Url: PostUrl(uri, handle),
            Language: record?.Items("langs").Select(l => l.GetString()).FirstOrDefault());
    }

    private static string? PostUrl(string uri, string handle) =>
        AtUri.Parse(uri) is ({ } repo, PostCollection, { } rkey)
            ? $"https://bsky.app/profile/{(string.IsNullOrEmpty(handle) ? repo : handle)}/post/{rkey}"
            : null;

    private string NotificationsPath(string? page)
    {
        var path = $"xrpc/app.bsky.notification.listNotifications?limit={Math.Clamp(_options.PageSize, 1, 100)}"
            + string.Concat(MentionReasons.Select(r => $"&reasons={r}"));
        return page is null ? path : path + $"&cursor={Uri.EscapeDataString(page)}";
    }

    private static DateTimeOffset? ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(_options.ServiceUrl, path));

    private HttpRequestMessage Post(string method, HttpContent content, bool repeatable)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.ServiceUrl, $"xrpc/{method}")) { Content = content };
        request.Options.Set(PlatformResilience.Repeatable, repeatable);
        return request;
    }
}
