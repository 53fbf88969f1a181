using PoliceSocial.Mentions;

namespace PoliceSocial.Platforms;

/// <summary>The result of one poll: new mentions (oldest first) and the cursor to poll from next time.</summary>
public sealed record MentionPoll(IReadOnlyList<Mention> Mentions, string? NextCursor);
