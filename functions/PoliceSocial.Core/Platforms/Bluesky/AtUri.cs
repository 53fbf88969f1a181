namespace PoliceSocial.Platforms.Bluesky;

/// <summary>The parts of an at://repo/collection/rkey address.</summary>
internal static class AtUri
{
    public static (string Repo, string Collection, string Rkey)? Parse(string uri)
    {
        if (!uri.StartsWith("at://", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = uri["at://".Length..].Split('/');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : null;
    }
}
