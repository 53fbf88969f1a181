using System.Text.RegularExpressions;

namespace PoliceSocial.Platforms.TextRules;

/// <summary>
/// Mastodon's count: graphemes, with every http(s) link counted as 23 and a remote mention <c>@user@server</c> counted
/// as <c>@user</c> (as its StatusLengthValidator does).
/// </summary>
internal static partial class MastodonLength
{
    private const int UrlLength = 23;

    public static int Count(string text)
    {
        var withoutDomains = RemoteMention().Replace(text, "@$1");
        var urls = TextUrls.Find(withoutDomains, requireScheme: true);
        var count = 0;
        var position = 0;
        foreach (var (start, length) in urls)
        {
            count += PostTextRules.Graphemes(withoutDomains[position..start]) + UrlLength;
            position = start + length;
        }

        return count + PostTextRules.Graphemes(withoutDomains[position..]);
    }

    [GeneratedRegex(@"(?<![\w/])@(\w+(?:[\.\-]+\w+)*)@[\w\.\-]+\w", RegexOptions.CultureInvariant)]
    private static partial Regex RemoteMention();
}
