using PoliceSocial.Appeals;

namespace PoliceSocial.Functions.Appeals;

/// <summary>An appeal as the JSON API shows it.</summary>
public sealed record AppealView(
    string Id, string Type, string Status, string Title, string Text, string? WelshText, IReadOnlyList<string> Platforms,
    DateTimeOffset FirstPublishAt, int? RepeatEveryHours, string? DailyTimes, DateTimeOffset? RepeatUntil, string CaseReference,
    DateTimeOffset? ReviewBy, string SubmittedBy, DateTimeOffset SubmittedAt, string? ApprovedBy, string? RejectedReason)
{
    public static AppealView From(AppealEntity a) => new(
        a.Id, a.Type, a.Status, a.Title, a.Text, a.WelshText, a.PlatformList, a.FirstPublishAt, a.RepeatEveryHours, a.DailyTimes,
        a.RepeatUntil, a.CaseReference, a.ReviewBy, a.SubmittedBy, a.SubmittedAt, a.ApprovedBy, a.RejectedReason);
}
