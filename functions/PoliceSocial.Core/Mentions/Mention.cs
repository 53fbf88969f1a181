namespace PoliceSocial.Mentions;

/// <summary>A public post that mentions or replies to one of the force's accounts, as read from the platform.</summary>
/// <param name="Platform">One of <see cref="Platforms.PlatformNames"/>.</param>
/// <param name="Id">The platform's id of the post; unique within the platform.</param>
/// <param name="Text">Plain text (HTML already converted for platforms that send HTML).</param>
/// <param name="ConversationId">The thread the post belongs to, used to reply once per conversation.</param>
public sealed record Mention(
    string Platform,
    string Id,
    string AuthorHandle,
    string Text,
    DateTimeOffset CreatedAt,
    string? AuthorId = null,
    string? ConversationId = null,
    string? InReplyToId = null,
    string? Url = null,
    string? Language = null)
{
    public const int MaxTextLength = 64_000;

    /// <summary>The key a mention is stored and deduplicated under: one row per (platform, id).</summary>
    public string Key => $"{Platform}:{Id}";
}
