namespace PoliceSocial.Platforms;

/// <summary>The social networks a force can connect, by the short name used in storage, queues and configuration.</summary>
public static class PlatformNames
{
    public const string X = "x";
    public const string Mastodon = "mastodon";
    public const string Bluesky = "bluesky";
    public const string Facebook = "facebook";

    /// <summary>The built-in platform that needs no social account: mentions come from a sample file or an HTTP endpoint.</summary>
    public const string Local = "local";

    public static readonly IReadOnlyList<string> All = [X, Mastodon, Bluesky, Facebook, Local];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name);
}
