using System.Globalization;

namespace PoliceSocial.Platforms.TextRules;

/// <summary>
/// Each platform's length rules in one place, used by the appeal form and by the publisher.
/// </summary>
public static class PostTextRules
{
    public static PostTextCheck Check(string platform, string text)
    {
        var max = MaxLength(platform);
        var length = new StringInfo(text).LengthInTextElements;
        return new PostTextCheck(platform, length, max, length > 0 && length <= max);
    }

    public static int MaxLength(string platform) => platform switch
    {
        PlatformNames.X => 280,
        PlatformNames.Mastodon => 500,
        PlatformNames.Bluesky => 300,
        PlatformNames.Facebook => 63_206,
        _ => 5_000,
    };

    public static int AltTextLimit(string platform) => platform switch
    {
        PlatformNames.X => 1_000,
        PlatformNames.Mastodon => 1_500,
        PlatformNames.Bluesky => 2_000,
        _ => 1_000,
    };
}

/// <summary>How long a text is by the platform's own count, and whether it fits.</summary>
public sealed record PostTextCheck(string Platform, int WeightedLength, int MaxLength, bool Valid);
