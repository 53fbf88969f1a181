using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms.Http;
using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.Platforms.Mastodon;

/// <summary>The force's Mastodon account through the Mastodon REST API with an application access token.</summary>
public sealed partial class MastodonClient : IPlatformClient
{
    private readonly MastodonClientOptions _options;
    private readonly Uri _server;
    private readonly PlatformHttp _http;
    private string? _accountId;

    public MastodonClient(HttpClient httpClient, MastodonClientOptions options, TimeProvider clock)
    {
        _options = options;
        _server = options.InstanceUrl ?? throw new ArgumentException("Platforms:Mastodon:InstanceUrl is required.", nameof(options));
        _accountId = options.AccountId;
        var token = options.AccessToken ?? throw new ArgumentException("Platforms:Mastodon:AccessToken is required.", nameof(options));
        _http = new PlatformHttp(httpClient, new MastodonErrorReader(), clock, new StaticAccessToken(token));
    }

    public string Platform => PlatformNames.Mastodon;

    /// <summary>
    /// Reads forward from the last notification seen (<c>min_id</c>), following the <c>Link</c> header's "prev"
    /// page (the next newer one) until a page comes back empty or the page limit is reached.
    /// </summary>
    public async Task<MentionPoll> PollMentionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(_options.PageSize, 1, 80);
        var next = new Uri(_server, $"api/v1/notifications?types[]=mention&limit={limit}"
            + (cursor is null ? "" : $"&min_id={Uri.EscapeDataString(cursor)}"));
        var mentions = new List<Mention>();
        var newest = cursor;
        for (var pages = 0; pages < Math.Max(1, _options.MaxPages) && next is not null; pages++)
        {
            var page = next;
            var response = await _http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, page), cancellationToken);
            var notifications = response.Body.Items().ToList();
            foreach (var notification in notifications)
            {
                if (notification.Str("id") is { } id && IsNewer(id, newest))
                {
                    newest = id;
                }

                if (notification.Str("type") == "mention" && notification.Get("status") is { } status && ReadMention(status) is { } mention)
                {
                    mentions.Add(mention);
                }
            }

            // The first poll takes only the newest page: a newly connected account starts from now.
            next = notifications.Count == 0 || cursor is null ? null : LinkTo(response, "prev");
        }

        return new MentionPoll(mentions.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id.Length).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(), newest);
    }

    public async Task<PublishedPost> PublishAsync(PostRequest request, CancellationToken cancellationToken)
    {
        var mediaIds = new JsonArray();
        foreach (var image in request.Images ?? [])
        {
            mediaIds.Add(await UploadImageAsync(image, cancellationToken));
        }

        var body = new JsonObject { ["status"] = request.Text, ["visibility"] = _options.Visibility };
        if (request.InReplyToId is { } replyTo)
        {
            body["in_reply_to_id"] = replyTo;
        }

        if (mediaIds.Count > 0)
        {
            body["media_ids"] = mediaIds;
        }

        // Mastodon returns the status already created for the same Idempotency-Key, so this POST may be repeated.
        var response = await _http.SendAsync(() =>
        {
            var post = Post("api/v1/statuses", JsonContent.Create(body));
            post.Headers.Add("Idempotency-Key", request.IdempotencyKey);
            return post;
        }, cancellationToken);
        var id = response.Body.Str("id")
            ?? throw new PlatformException(Platform, PlatformFailure.Unavailable, "the status response had no id", response.StatusCode);
        return new PublishedPost(id, response.Body.Str("url"));
    }

    public async Task<PublishedPost?> FindRecentPostAsync(PostRequest request, CancellationToken cancellationToken)
    {
        // The Idempotency-Key covers a retry within Mastodon's hour; the account's own statuses cover a later one.
        var account = await AccountIdAsync(cancellationToken);
        var response = await _http.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, new Uri(_server, $"api/v1/accounts/{Uri.EscapeDataString(account)}/statuses?limit=20&exclude_reblogs=true")),
            cancellationToken);
        foreach (var status in response.Body.Items())
        {
            if (PostTextMatch.Same(status.Str("text") ?? MastodonHtml.ToPlainText(status.Str("content")), request.Text)
                && (request.InReplyToId is null || status.Str("in_reply_to_id") == request.InReplyToId)
                && status.Str("id") is { } id)
            {
                return new PublishedPost(id, status.Str("url"));
            }
        }

        return null;
    }

    public async Task DeleteAsync(string platformPostId, CancellationToken cancellationToken)
    {
        await _http.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Delete, new Uri(_server, $"api/v1/statuses/{Uri.EscapeDataString(platformPostId)}")),
            cancellationToken, HttpStatusCode.NotFound);
    }

    private async Task<string> UploadImageAsync(PostImage image, CancellationToken cancellationToken)
    {
        if (!PostTextRules.AltTextFits(Platform, image.AltText))
        {
            throw new PlatformException(Platform, PlatformFailure.Rejected, $"image description must be 1 to {PostTextRules.AltTextLimit(Platform)} characters");
        }

        var response = await _http.SendAsync(() => Post("api/v2/media", new MultipartFormDataContent
        {
            { new ByteArrayContent(image.Content) { Headers = { ContentType = new(image.ContentType) } }, "file", "image" },
            { new StringContent(image.AltText), "description" },
        }, repeatable: true), cancellationToken);
        return response.Body.Str("id")
            ?? throw new PlatformException(Platform, PlatformFailure.Unavailable, "the media response had no id", response.StatusCode);
    }

    private async Task<string> AccountIdAsync(CancellationToken cancellationToken)
    {
        if (_accountId is null)
        {
            var response = await _http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_server, "api/v1/accounts/verify_credentials")), cancellationToken);
            _accountId = response.Body.Str("id")
                ?? throw new PlatformException(Platform, PlatformFailure.Unauthorized, "verify_credentials returned no account id", response.StatusCode);
        }

        return _accountId;
    }

    private Mention? ReadMention(JsonElement status)
    {
        if (status.Str("id") is not { } id)
        {
            return null;
        }

        var account = status.Get("account");
        return new Mention(
            Platform, id, account.Str("acct") ?? account.Str("username") ?? "unknown",
            MastodonHtml.ToPlainText(status.Str("content")),
            status.Time("created_at") ?? DateTimeOffset.MinValue,
            AuthorId: account.Str("id"),
            ConversationId: status.Str("in_reply_to_id") ?? id,
            InReplyToId: status.Str("in_reply_to_id"),
            Url: status.Str("url") ?? status.Str("uri"),
            Language: status.Str("language"));
    }

    /// <summary>
    /// The page a <c>Link</c> header points to, only on the account's own server: the bearer token goes with every
    /// request, so a link elsewhere is never followed.
    /// </summary>
    private Uri? LinkTo(PlatformResponse response, string relation)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match link in LinkHeader().Matches(string.Join(",", values)))
        {
            if (link.Groups["rel"].Value == relation && Uri.TryCreate(link.Groups["url"].Value, UriKind.Absolute, out var uri)
                && Uri.Compare(uri, _server, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return uri;
            }
        }

        return null;
    }

    private static bool IsNewer(string id, string? than) =>
        than is null || id.Length > than.Length || (id.Length == than.Length && string.CompareOrdinal(id, than) > 0);

    private HttpRequestMessage Post(string path, HttpContent content, bool repeatable = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server, path)) { Content = content };
        request.Options.Set(PlatformResilience.Repeatable, repeatable);
        return request;
    }

    [GeneratedRegex(@"<(?<url>[^>]+)>\s*;\s*rel=""(?<rel>[^""]+)""")]
    private static partial Regex LinkHeader();
}
