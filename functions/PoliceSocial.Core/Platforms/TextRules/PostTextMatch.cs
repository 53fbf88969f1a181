using System.Text;
using System.Text.RegularExpressions;

namespace PoliceSocial.Platforms.TextRules;

/// <summary>
/// Whether a post read back from a platform is the one we sent: platforms rewrite links (t.co), HTML-encode and
/// trim, so links and whitespace are left out of the comparison.
/// </summary>
public static partial class PostTextMatch
{
    public static bool Same(string? published, string sent) =>
        published is not null && Canonical(published) == Canonical(sent);

    private static string Canonical(string text) =>
        Whitespace().Replace(Link().Replace(text.Normalize(NormalizationForm.FormC), " "), " ").Trim();

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
