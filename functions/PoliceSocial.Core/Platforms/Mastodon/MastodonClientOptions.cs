namespace PoliceSocial.Platforms.Mastodon;

/// <summary>
/// The force's Mastodon account. Configuration section <c>Platforms:Mastodon</c>; the access token comes from Key Vault
/// in Azure (<c>Platforms__Mastodon__AccessToken</c>) and from user secrets locally.
/// </summary>
public sealed class MastodonClientOptions
{
    public const string Section = "Platforms:Mastodon";

    /// <summary>The server the account lives on, e.g. https://mastodon.social/.</summary>
    public Uri? InstanceUrl { get; set; }

    /// <summary>An application access token with scopes read:notifications read:statuses write:statuses write:media.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The account's id on its server; looked up with the token when not set.</summary>
    public string? AccountId { get; set; }

    /// <summary>public, unlisted, private or direct.</summary>
    public string Visibility { get; set; } = "public";

    /// <summary>Notifications per page (Mastodon allows up to 80).</summary>
    public int PageSize { get; set; } = 40;

    /// <summary>Pages read per poll; the rest is read at the next poll.</summary>
    public int MaxPages { get; set; } = 5;
}
