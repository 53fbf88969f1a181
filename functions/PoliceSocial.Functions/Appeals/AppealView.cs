using PoliceSocial.Appeals;

namespace PoliceSocial.Functions.Appeals;

/// <summary>An appeal as the JSON API shows it, with its publications when asked for one appeal.</summary>
public sealed record AppealView(
    string Id, string Type, string Status, string Title, string Text, string? WelshText, IReadOnlyDictionary<string, string> Variants,
    IReadOnlyList<string> Platforms, DateTimeOffset FirstPublishAt, int? RepeatEveryHours, string? DailyTimes, DateTimeOffset? RepeatUntil,
    string CaseReference, DateTimeOffset? ReviewBy, string SubmittedBy, DateTimeOffset SubmittedAt, string? ApprovedBy, string? RejectedReason,
    DateTimeOffset? ResolvedAt, string? ClosingText, DateTimeOffset? TakenDownAt, IReadOnlyList<ImageView> Images, IReadOnlyList<PublicationView>? Publications)
{
    public static AppealView From(AppealEntity a, IReadOnlyList<PublicationEntity>? publications = null) => new(
        a.Id, a.Type, a.Status, a.Title, a.Text, a.WelshText, a.Variants, a.PlatformList, a.FirstPublishAt, a.RepeatEveryHours, a.DailyTimes,
        a.RepeatUntil, a.CaseReference, a.ReviewBy, a.SubmittedBy, a.SubmittedAt, a.ApprovedBy, a.RejectedReason, a.ResolvedAt, a.ClosingText,
        a.TakenDownAt, a.Images.Select(i => new ImageView(i.ContentType, i.AltText, i.Size)).ToList(), publications?.Select(PublicationView.From).ToList());
}

/// <summary>An appeal image as the API shows it (the image itself is never served back).</summary>
public sealed record ImageView(string ContentType, string AltText, long Size);

/// <summary>One post of an appeal: where, which occurrence and language, and what became of it.</summary>
public sealed record PublicationView(string Platform, int Occurrence, string Language, string State, int Attempts, string? PlatformPostId,
    string? Url, DateTimeOffset? PublishedAt, DateTimeOffset? DeletedAt, string? LastError)
{
    public static PublicationView From(PublicationEntity p) =>
        new(p.Platform, p.Occurrence, p.Language, p.State, p.Attempts, p.PlatformPostId, p.Url, p.PublishedAt, p.DeletedAt, p.LastError);
}
