namespace PoliceSocial.Platforms;

/// <summary>What to publish on one platform.</summary>
/// <param name="IdempotencyKey">Stable for one (appeal, platform, occurrence): the same key on a retry means the same post.</param>
/// <param name="Text">The text exactly as it will appear, already valid for the platform's rules.</param>
/// <param name="InReplyToId">The platform's id of the post being replied to, if this is a reply.</param>
/// <param name="Images">Images with their required alt text.</param>
public sealed record PostRequest(
    string IdempotencyKey,
    string Text,
    string? InReplyToId = null,
    IReadOnlyList<PostImage>? Images = null);

/// <summary>An image to attach, with the alt text screen-reader users depend on.</summary>
public sealed record PostImage(byte[] Content, string ContentType, string AltText);
