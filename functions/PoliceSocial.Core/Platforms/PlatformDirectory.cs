namespace PoliceSocial.Platforms;

/// <summary>The platform clients this deployment has configured, by platform name.</summary>
public interface IPlatformDirectory
{
    IReadOnlyCollection<IPlatformClient> Enabled { get; }

    /// <summary>The client for a platform, or null when the force has not configured that platform.</summary>
    IPlatformClient? Find(string platform);
}

internal sealed class PlatformDirectory(IEnumerable<IPlatformClient> clients) : IPlatformDirectory
{
    private readonly Dictionary<string, IPlatformClient> _byName =
        clients.ToDictionary(c => c.Platform, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IPlatformClient> Enabled => _byName.Values;

    public IPlatformClient? Find(string platform) => _byName.GetValueOrDefault(platform);
}
