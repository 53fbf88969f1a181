using System.Globalization;
using System.Text.RegularExpressions;
using PoliceSocial.Platforms;
using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.Appeals;

/// <summary>
/// An appeal as an officer submits it through the form or the JSON API: every field as text, validated in one place
/// so both doors refuse the same bad input with the same messages.
/// </summary>
public sealed partial class AppealSubmission
{
    public const int MaxTitleLength = 120;
    public const int MaxTextLength = 5_000;
    public const int MaxCaseReferenceLength = 40;

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? WelshText { get; set; }

    /// <summary>Per-platform texts that replace <see cref="Text"/> on that platform (e.g. a shorter one for X).</summary>
    public Dictionary<string, string>? Variants { get; set; }
    public List<string>? Platforms { get; set; }
    public string? FirstPublishAt { get; set; }
    public int? RepeatEveryHours { get; set; }
    public List<string>? DailyTimes { get; set; }
    public string? RepeatUntil { get; set; }
    public string? CaseReference { get; set; }
    public string? ReviewBy { get; set; }

    /// <summary>Checks every field; returns the appeal draft or the problems by field name.</summary>
    public AppealValidation Validate(IReadOnlyCollection<string> enabledPlatforms, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();

        AppealType type = default;
        if (!TryParseType(Type, out type))
        {
            errors["type"] = "Choose the appeal type: missing-person, wanted, witness or general.";
        }

        var title = (Title ?? "").Trim();
        if (title.Length == 0 || title.Length > MaxTitleLength)
        {
            errors["title"] = $"A title is required, at most {MaxTitleLength} characters.";
        }

        var text = (Text ?? "").Trim();
        if (text.Length == 0 || text.Length > MaxTextLength)
        {
            errors["text"] = $"The appeal text is required, at most {MaxTextLength} characters.";
        }

        var welsh = string.IsNullOrWhiteSpace(WelshText) ? null : WelshText.Trim();
        if (welsh is { Length: > MaxTextLength })
        {
            errors["welshText"] = $"The Welsh text may be at most {MaxTextLength} characters.";
        }

        var platforms = (Platforms ?? []).Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct().ToList();
        if (platforms.Count == 0)
        {
            errors["platforms"] = "Choose at least one platform.";
        }
        else if (platforms.FirstOrDefault(p => !enabledPlatforms.Contains(p)) is { } unknown)
        {
            errors["platforms"] = $"'{Truncate(unknown)}' is not a platform this force has connected ({string.Join(", ", enabledPlatforms)}).";
        }

        var variants = new Dictionary<string, string>();
        foreach (var (platform, variant) in Variants ?? [])
        {
            var key = platform.Trim().ToLowerInvariant();
            if (!PlatformNames.IsKnown(key))
            {
                errors["variants"] = $"'{Truncate(platform)}' is not a platform.";
            }
            else if (!string.IsNullOrWhiteSpace(variant))
            {
                variants[key] = variant.Trim();
            }
        }

        if (!errors.ContainsKey("text") && !errors.ContainsKey("platforms"))
        {
            foreach (var platform in platforms)
            {
                CheckFits(errors, "text", platform, variants.GetValueOrDefault(platform) ?? text);
                if (welsh is not null)
                {
                    CheckFits(errors, "welshText", platform, welsh);
                }
            }
        }

        var firstAt = ParseTime(FirstPublishAt, "firstPublishAt", errors, required: true);
        if (firstAt is { } first && first < now.AddMinutes(-5))
        {
            errors["firstPublishAt"] = "The first publication time is in the past.";
        }

        var until = ParseTime(RepeatUntil, "repeatUntil", errors, required: false);
        var dailyTimes = new List<TimeOnly>();
        foreach (var time in DailyTimes ?? [])
        {
            if (string.IsNullOrWhiteSpace(time))
            {
                continue;
            }

            if (TimeOnly.TryParseExact(time.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                dailyTimes.Add(parsed);
            }
            else
            {
                errors["dailyTimes"] = $"'{Truncate(time)}' is not a time of day like 09:30.";
            }
        }

        if (RepeatEveryHours is < 1 or > 24 * 7)
        {
            errors["repeatEveryHours"] = "Repeat every 1 to 168 hours.";
        }

        var repeats = RepeatEveryHours is > 0 || dailyTimes.Count > 0;
        if (repeats && until is null)
        {
            errors["repeatUntil"] = "A repeating appeal needs an end date.";
        }
        else if (until is { } end && firstAt is { } start && end < start)
        {
            errors["repeatUntil"] = "The end date is before the first publication.";
        }

        var caseReference = (CaseReference ?? "").Trim();
        if (caseReference.Length == 0 || caseReference.Length > MaxCaseReferenceLength || !CaseReferencePattern().IsMatch(caseReference))
        {
            errors["caseReference"] = $"A case reference is required: letters, digits, '/', '-' and spaces, at most {MaxCaseReferenceLength}.";
        }

        var reviewBy = ParseTime(ReviewBy, "reviewBy", errors, required: false);

        if (errors.Count > 0)
        {
            return new AppealValidation(null, errors);
        }

        var schedule = new AppealSchedule(firstAt!.Value, RepeatEveryHours, dailyTimes, until);
        return new AppealValidation(new AppealDraft(type, title, text, welsh, variants, platforms, schedule, caseReference, reviewBy), errors);
    }

    public static bool TryParseType(string? value, out AppealType type)
    {
        switch ((value ?? "").Trim().ToLowerInvariant())
        {
            case "missing-person": type = AppealType.MissingPerson; return true;
            case "wanted": type = AppealType.Wanted; return true;
            case "witness": type = AppealType.Witness; return true;
            case "general": type = AppealType.General; return true;
            default: type = default; return false;
        }
    }

    private static void CheckFits(Dictionary<string, string> errors, string field, string platform, string text)
    {
        var check = PostTextRules.Check(platform, text);
        if (!check.Valid && !errors.ContainsKey(field))
        {
            errors[field] = $"Too long for {platform}: {check.WeightedLength} of {check.MaxLength}. Shorten it or add a {platform} variant.";
        }
    }

    private static DateTimeOffset? ParseTime(string? value, string field, Dictionary<string, string> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = "A date and time is required.";
            }

            return null;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.ToUniversalTime();
        }

        errors[field] = $"'{Truncate(value)}' is not a date and time (use ISO 8601, e.g. 2026-11-25T09:30:00Z).";
        return null;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"^[A-Za-z0-9/\- ]+$")]
    private static partial Regex CaseReferencePattern();
}

/// <summary>A validated appeal, ready to be stored.</summary>
public sealed record AppealDraft(
    AppealType Type,
    string Title,
    string Text,
    string? WelshText,
    IReadOnlyDictionary<string, string> Variants,
    IReadOnlyList<string> Platforms,
    AppealSchedule Schedule,
    string CaseReference,
    DateTimeOffset? ReviewBy);

public sealed record AppealValidation(AppealDraft? Draft, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Draft is not null;
}
