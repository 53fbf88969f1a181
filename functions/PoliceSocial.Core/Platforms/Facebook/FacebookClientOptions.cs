namespace PoliceSocial.Platforms.Facebook;

/// <summary>
/// The force's Facebook Page. Configuration section <c>Platforms:Facebook</c>; the page access token comes from Key
/// Vault in Azure (<c>Platforms__Facebook__PageAccessToken</c>) and from user secrets locally.
/// </summary>
public sealed class FacebookClientOptions
{
    public const string Section = "Platforms:Facebook";

    /// <summary>The Page's numeric id (Page → About → Page transparency, or Graph API Explorer).</summary>
    public string PageId { get; set; } = "";

    /// <summary>
    /// A long-lived Page access token with pages_read_engagement, pages_read_user_content, pages_manage_posts and
    /// pages_manage_engagement. A Page token made from a long-lived user token does not expire.
    /// </summary>
    public string? PageAccessToken { get; set; }

    public Uri BaseUrl { get; set; } = new("https://graph.facebook.com/");

    public string ApiVersion { get; set; } = "v23.0";

    /// <summary>How far back the Page's posts are watched for new comments.</summary>
    public int LookbackDays { get; set; } = 7;

    /// <summary>At most this many recent posts are watched for comments.</summary>
    public int MaxPosts { get; set; } = 25;

    /// <summary>Pages of comments (or of the feed) read per post per poll.</summary>
    public int MaxPages { get; set; } = 5;

    public int PageSize { get; set; } = 50;
}
