using System.Globalization;

namespace PoliceSocial.Platforms.TextRules;

/// <summary>
/// Each platform's length rules in one place, used by the appeal form and by the publisher, so an appeal the form
/// accepts is never refused by the platform for its length.
/// </summary>
public static class PostTextRules
{
    public static PostTextCheck Check(string platform, string text)
    {
        var max = MaxLength(platform);
        return platform switch
        {
            PlatformNames.X => XWeightedLength.Check(text),
            PlatformNames.Mastodon => Fits(platform, MastodonLength.Count(text), max),
            PlatformNames.Bluesky => Fits(platform, Graphemes(text), max),
            // Facebook counts UTF-16 characters; counting them is the strictest reading of its limit.
            PlatformNames.Facebook => Fits(platform, text.Length, max),
            _ => Fits(platform, Graphemes(text), max),
        };
    }

    public static int MaxLength(string platform) => platform switch
    {
        PlatformNames.X => XWeightedLength.MaxWeightedLength,
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

    /// <summary>Whether an image description fits the platform's alt text limit (counted in graphemes).</summary>
    public static bool AltTextFits(string platform, string altText) =>
        altText.Trim().Length > 0 && Graphemes(altText) <= AltTextLimit(platform);

    /// <summary>User-perceived characters: an emoji family or a flag is one.</summary>
    public static int Graphemes(string text) => new StringInfo(text).LengthInTextElements;

    private static PostTextCheck Fits(string platform, int length, int max) =>
        new(platform, length, max, length > 0 && length <= max);
}

/// <summary>How long a text is by the platform's own count, and whether it fits.</summary>
public sealed record PostTextCheck(string Platform, int WeightedLength, int MaxLength, bool Valid);
