namespace PoliceSocial.Platforms.X;

/// <summary>
/// The force's X account. Configuration section <c>Platforms:X</c>; the tokens come from Key Vault in Azure
/// (<c>Platforms__X__AccessToken</c>, <c>Platforms__X__RefreshToken</c>, <c>Platforms__X__ClientSecret</c>) and from
/// user secrets locally.
/// </summary>
public sealed class XClientOptions
{
    public const string Section = "Platforms:X";

    /// <summary>The account's numeric user id (not the handle): mentions are read for it.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The handle without @, used to build post links.</summary>
    public string? Username { get; set; }

    /// <summary>OAuth 2.0 user-context access token (scopes tweet.read tweet.write users.read media.write offline.access).</summary>
    public string? AccessToken { get; set; }

    /// <summary>OAuth 2.0 refresh token; rotated on every refresh.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The app's OAuth 2.0 client id, needed to refresh.</summary>
    public string? ClientId { get; set; }

    /// <summary>Only for a confidential client: sent as basic authentication when refreshing.</summary>
    public string? ClientSecret { get; set; }

    public Uri BaseUrl { get; set; } = new("https://api.x.com/");

    /// <summary>Mentions per page (X allows 5 to 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Pages read per poll; a longer backlog carries on at the next poll.</summary>
    public int MaxPages { get; set; } = 5;
}
