using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>An appeal's row: PartitionKey = appeal id, RowKey = "appeal". Its publications share the partition.</summary>
public sealed class AppealEntity : ITableEntity
{
    public const string AppealRow = "appeal";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = AppealRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Type { get; set; } = "";
    public string Status { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string? WelshText { get; set; }
    public string VariantsJson { get; set; } = "{}";
    public string Platforms { get; set; } = "";
    public DateTimeOffset FirstPublishAt { get; set; }
    public int? RepeatEveryHours { get; set; }
    public string? DailyTimes { get; set; }
    public DateTimeOffset? RepeatUntil { get; set; }
    public string CaseReference { get; set; } = "";
    public DateTimeOffset? ReviewBy { get; set; }

    /// <summary>JSON list of <see cref="AppealImage"/>: at most four, each with alt text.</summary>
    public string ImagesJson { get; set; } = "[]";

    public string SubmittedBy { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? RejectedReason { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }

    /// <summary>For types other than missing person: an approved closing update posted once the take-down is done.</summary>
    public string? ClosingText { get; set; }
    public DateTimeOffset? TakenDownAt { get; set; }
    public DateTimeOffset? PurgedAt { get; set; }

    [IgnoreDataMember]
    public string Id => PartitionKey;

    [IgnoreDataMember]
    public AppealType AppealType => Enum.Parse<AppealType>(Type);

    [IgnoreDataMember]
    public AppealStatus AppealStatus => Enum.Parse<AppealStatus>(Status);

    [IgnoreDataMember]
    public IReadOnlyList<string> PlatformList => Platforms.Split(',', StringSplitOptions.RemoveEmptyEntries);

    [IgnoreDataMember]
    public IReadOnlyDictionary<string, string> Variants =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(VariantsJson, Json.Options) ?? [];

    [IgnoreDataMember]
    public IReadOnlyList<AppealImage> Images =>
        JsonSerializer.Deserialize<List<AppealImage>>(ImagesJson, Json.Options) ?? [];

    [IgnoreDataMember]
    public AppealSchedule Schedule => new(
        FirstPublishAt,
        RepeatEveryHours,
        DailyTimes?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(TimeOnly.Parse).ToList(),
        RepeatUntil);

    /// <summary>The text for one platform and language: the platform's variant if the officer wrote one.</summary>
    public string TextFor(string platform, string language) =>
        language == "cy" ? WelshText ?? Text : Variants.GetValueOrDefault(platform) ?? Text;

    /// <summary>Replaces the officer-written content with a validated edit (before approval only).</summary>
    public void ApplyDraft(AppealDraft draft)
    {
        var edited = FromDraft(Id, draft, SubmittedBy, SubmittedAt);
        Type = edited.Type;
        Title = edited.Title;
        Text = edited.Text;
        WelshText = edited.WelshText;
        VariantsJson = edited.VariantsJson;
        Platforms = edited.Platforms;
        FirstPublishAt = edited.FirstPublishAt;
        RepeatEveryHours = edited.RepeatEveryHours;
        DailyTimes = edited.DailyTimes;
        RepeatUntil = edited.RepeatUntil;
        CaseReference = edited.CaseReference;
        ReviewBy = edited.ReviewBy;
    }

    public static AppealEntity FromDraft(string id, AppealDraft draft, string submittedBy, DateTimeOffset now) => new()
    {
        PartitionKey = id,
        Type = draft.Type.ToString(),
        Status = nameof(Appeals.AppealStatus.Submitted),
        Title = draft.Title,
        Text = draft.Text,
        WelshText = draft.WelshText,
        VariantsJson = JsonSerializer.Serialize(draft.Variants, Json.Options),
        Platforms = string.Join(',', draft.Platforms),
        FirstPublishAt = draft.Schedule.FirstAt,
        RepeatEveryHours = draft.Schedule.RepeatEveryHours,
        DailyTimes = draft.Schedule.DailyTimes is { Count: > 0 } times ? string.Join(',', times.Select(t => t.ToString("HH:mm"))) : null,
        RepeatUntil = draft.Schedule.Until,
        CaseReference = draft.CaseReference,
        ReviewBy = draft.ReviewBy,
        SubmittedBy = submittedBy,
        SubmittedAt = now,
    };
}
