namespace PoliceSocial.Platforms.Bluesky;

/// <summary>
/// The force's Bluesky account. Configuration section <c>Platforms:Bluesky</c>; the app password comes from Key Vault
/// in Azure (<c>Platforms__Bluesky__AppPassword</c>) and from user secrets locally.
/// </summary>
public sealed class BlueskyClientOptions
{
    public const string Section = "Platforms:Bluesky";

    /// <summary>The account's handle (e.g. examplepolice.bsky.social) or DID.</summary>
    public string Handle { get; set; } = "";

    /// <summary>An app password made under Settings → Privacy and security → App passwords; never the account password.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The account's PDS, or the bsky.social entryway which routes to it.</summary>
    public Uri ServiceUrl { get; set; } = new("https://bsky.social/");

    /// <summary>Notifications per page (Bluesky allows up to 100).</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>Pages read per poll; a longer backlog carries on at the next poll.</summary>
    public int MaxPages { get; set; } = 5;
}
