namespace PoliceSocial.Platforms;

/// <summary>A post the platform accepted: its id there (needed to delete it) and its public address if known.</summary>
public sealed record PublishedPost(string PlatformPostId, string? Url);
