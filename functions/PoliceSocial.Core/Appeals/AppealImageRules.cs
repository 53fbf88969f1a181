using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.Appeals;

/// <summary>
/// What an appeal image must be: at most four per appeal, at most 5 MB (X's limit for images), a real JPEG, PNG, GIF
/// or WebP (checked from the bytes, not the file name), and alt text that fits every chosen platform.
/// </summary>
public static class AppealImageRules
{
    public const int MaxImages = 4;
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The image type read from the file's first bytes, or null when it is not an image we accept.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };

    public static string? CheckAltText(string? altText, IEnumerable<string> platforms)
    {
        if (string.IsNullOrWhiteSpace(altText))
        {
            return "Alt text is required: describe the image for people who cannot see it.";
        }

        var limit = platforms.Select(PostTextRules.AltTextLimit).DefaultIfEmpty(1_000).Min();
        return altText.Trim().Length > limit ? $"Alt text may be at most {limit} characters for the chosen platforms." : null;
    }
}
