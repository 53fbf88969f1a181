using System.Text;
using System.Text.RegularExpressions;

namespace PoliceSocial.Platforms.Bluesky;

/// <summary>One link, mention or hashtag in a post, located by UTF-8 byte offsets as the AT Protocol requires.</summary>
/// <param name="Kind">link, mention or tag.</param>
/// <param name="Value">The URL, the handle (without @) or the tag (without #).</param>
public sealed record BlueskyFacet(string Kind, int ByteStart, int ByteEnd, string Value);

/// <summary>
/// Finds the rich-text facets of a post. Bluesky does not parse text itself: without facets a link is not clickable
/// and a mention notifies nobody. Offsets are UTF-8 bytes, not characters, so "🚨 @a.bsky.social" starts at byte 5.
/// </summary>
public static partial class BlueskyFacets
{
    public static IReadOnlyList<BlueskyFacet> Find(string text)
    {
        var facets = new List<BlueskyFacet>();
        foreach (Match match in Mention().Matches(text))
        {
            var handle = match.Groups["handle"];
            facets.Add(Facet(text, "mention", handle.Index - 1, handle.Index + handle.Length, handle.Value));
        }

        foreach (Match match in Link().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"');
            if (url.EndsWith(')') && !url.Contains('('))
            {
                url = url[..^1];
            }

            facets.Add(Facet(text, "link", match.Index, match.Index + url.Length, url));
        }

        foreach (Match match in Tag().Matches(text))
        {
            var tag = match.Groups["tag"];
            facets.Add(Facet(text, "tag", tag.Index - 1, tag.Index + tag.Length, tag.Value));
        }

        return facets.OrderBy(f => f.ByteStart).ToList();
    }

    private static BlueskyFacet Facet(string text, string kind, int start, int end, string value) =>
        new(kind, Encoding.UTF8.GetByteCount(text.AsSpan(0, start)), Encoding.UTF8.GetByteCount(text.AsSpan(0, end)), value);

    // The handle pattern of the AT Protocol's own facet detection: domain labels with a letter-led top level.
    [GeneratedRegex(@"(?<=^|\s|\()@(?<handle>(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)\b")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<=^|\s|\()https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<=^|\s)#(?<tag>[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)")]
    private static partial Regex Tag();
}
