using System.Text.RegularExpressions;

namespace PoliceSocial.Platforms.TextRules;

/// <summary>
/// Finds the URLs a platform will shorten or count at a fixed length: with a scheme (every platform), or a bare
/// domain with a known top-level domain (X links those too, e.g. <c>met.police.uk/appeals</c>).
/// </summary>
internal static partial class TextUrls
{
    public static IReadOnlyList<(int Start, int Length)> Find(string text, bool requireScheme)
    {
        var found = new List<(int, int)>();
        var pattern = requireScheme ? SchemeUrl() : AnyUrl();
        foreach (Match match in pattern.Matches(text))
        {
            var length = TrimTrailing(match.Value);
            if (length > 0)
            {
                found.Add((match.Index, length));
            }
        }

        return found;
    }

    /// <summary>Drops sentence punctuation after a URL and a closing bracket it did not open.</summary>
    private static int TrimTrailing(string url)
    {
        var end = url.Length;
        while (end > 0)
        {
            var c = url[end - 1];
            if (".,;:!?'\"".Contains(c))
            {
                end--;
            }
            else if (c == ')' && url[..end].Count(ch => ch == '(') < url[..end].Count(ch => ch == ')'))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    [GeneratedRegex(@"(?<![\w@/])https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemeUrl();

    [GeneratedRegex(
        @"(?<![\w@/.\-])(?:https?://[^\s<>""]+|(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:com|org|net|uk|gov|edu|io|co|info|biz|eu|me|tv|ly|app|dev|news|online|scot|wales|cymru|london|ie|fr|de|us|ca|au)(?![\w\-])(?:[/?#][^\s<>""]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyUrl();
}
