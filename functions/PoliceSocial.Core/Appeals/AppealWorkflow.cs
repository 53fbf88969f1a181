using Microsoft.Extensions.Logging;
using PoliceSocial.Auditing;
using PoliceSocial.Officers;
using PoliceSocial.Platforms;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>
/// The officer-facing steps of an appeal's life: create (as a draft or submitted), edit, submit, approve or reject,
/// re-approve missed posts, resolve. Each step checks who may take it, changes the appeal with ETag concurrency and
/// is written to the audit trail.
/// </summary>
public sealed class AppealWorkflow(
    AppealStore appeals,
    AppealSchedulePlanner planner,
    IPlatformDirectory platforms,
    QueueSender queues,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<AppealWorkflow> logger)
{
    public const int MaxClosingTextLength = 1_000;

    public Task<WorkflowResult> SubmitAsync(AppealSubmission submission, Officer officer, CancellationToken cancellationToken) =>
        CreateAsync(submission, officer, asDraft: false, cancellationToken);

    public async Task<WorkflowResult> CreateAsync(AppealSubmission submission, Officer officer, bool asDraft, CancellationToken cancellationToken)
    {
        var validation = Validate(submission);
        if (!validation.IsValid)
        {
            return WorkflowResult.Invalid(validation.Errors);
        }

        var id = Guid.NewGuid().ToString("N")[..12];
        var appeal = AppealEntity.FromDraft(id, validation.Draft!, officer.Id, clock.GetUtcNow());
        appeal.Status = (asDraft ? AppealStatus.Draft : AppealStatus.Submitted).ToString();
        await appeals.AddAsync(appeal, cancellationToken);
        await audit.RecordAsync(id, asDraft ? AuditActions.Edit : AuditActions.Submit, officer,
            $"{(asDraft ? "draft saved" : "submitted")}: {appeal.Type} appeal '{appeal.Title}' ({appeal.CaseReference}) for {appeal.Platforms}, first at {appeal.FirstPublishAt:u}", cancellationToken);
        logger.LogInformation("Appeal {State}: {AppealId} '{Title}' by {Officer}{Next}", asDraft ? "drafted" : "submitted", id, appeal.Title, officer.Name, asDraft ? "" : " → awaiting approval");
        return WorkflowResult.Ok(appeal);
    }

    /// <summary>Edits an appeal before approval; an edited appeal (even a rejected one) goes back for approval.</summary>
    public async Task<WorkflowResult> EditAsync(string id, AppealSubmission submission, Officer officer, CancellationToken cancellationToken)
    {
        var validation = Validate(submission);
        if (!validation.IsValid)
        {
            return WorkflowResult.Invalid(validation.Errors);
        }

        return await ChangeAsync(id, officer, AuditActions.Edit,
            appeal => appeal.AppealStatus is AppealStatus.Draft or AppealStatus.Submitted or AppealStatus.Rejected
                ? null
                : WorkflowResult.Conflict($"The appeal is {appeal.Status}: only drafts and appeals awaiting approval can be edited."),
            appeal =>
            {
                appeal.ApplyDraft(validation.Draft!);
                if (appeal.AppealStatus == AppealStatus.Rejected)
                {
                    appeal.Status = nameof(AppealStatus.Submitted);
                    appeal.RejectedReason = null;
                }

                return $"edited: '{appeal.Title}'";
            }, cancellationToken);
    }

    public Task<WorkflowResult> SubmitDraftAsync(string id, Officer officer, CancellationToken cancellationToken) =>
        ChangeAsync(id, officer, AuditActions.Submit,
            appeal => appeal.AppealStatus == AppealStatus.Draft ? null : WorkflowResult.Conflict($"The appeal is {appeal.Status}, not a draft."),
            appeal =>
            {
                appeal.Status = nameof(AppealStatus.Submitted);
                return "submitted for approval";
            }, cancellationToken);

    public async Task<WorkflowResult> ApproveAsync(string id, Officer officer, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(id, officer, AuditActions.Approve,
            appeal => CheckApprover(appeal, officer) ?? (appeal.AppealStatus == AppealStatus.Submitted
                ? null
                : WorkflowResult.Conflict($"The appeal is {appeal.Status}, not awaiting approval.")),
            appeal =>
            {
                appeal.Status = nameof(AppealStatus.Scheduled);
                appeal.ApprovedBy = officer.Id;
                appeal.ApprovedAt = clock.GetUtcNow();
                return "approved";
            }, cancellationToken);

        if (result.Outcome == WorkflowOutcome.Ok)
        {
            var entries = await planner.PlanAsync(result.Appeal!, clock.GetUtcNow(), cancellationToken);
            logger.LogInformation("Appeal approved: {AppealId} by {Officer} → {Count} posts scheduled", id, officer.Name, entries);
        }

        return result;
    }

    public async Task<WorkflowResult> RejectAsync(string id, string? reason, Officer officer, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 1000)
        {
            return WorkflowResult.Invalid(new Dictionary<string, string> { ["reason"] = "Give a reason (at most 1,000 characters)." });
        }

        return await ChangeAsync(id, officer, AuditActions.Reject,
            appeal => CheckApprover(appeal, officer) ?? (appeal.AppealStatus == AppealStatus.Submitted
                ? null
                : WorkflowResult.Conflict($"The appeal is {appeal.Status}, not awaiting approval.")),
            appeal =>
            {
                appeal.Status = nameof(AppealStatus.Rejected);
                appeal.RejectedReason = reason;
                return $"rejected: {reason}";
            }, cancellationToken);
    }

    /// <summary>
    /// A fresh approval for occurrences that missed their window (a crisis pause or outage): they are posted now.
    /// </summary>
    public async Task<WorkflowResult> ReapproveMissedAsync(string id, Officer officer, CancellationToken cancellationToken)
    {
        var appeal = await appeals.FindAsync(id, cancellationToken);
        if (appeal is null)
        {
            return WorkflowResult.NotFound();
        }

        if (CheckApprover(appeal, officer) is { } refused)
        {
            return refused;
        }

        if (appeal.AppealStatus != AppealStatus.Scheduled)
        {
            return WorkflowResult.Conflict($"The appeal is {appeal.Status}; only scheduled appeals can have missed posts re-approved.");
        }

        var missed = await appeals.ListMissedAsync(id, cancellationToken);
        if (missed.Count == 0)
        {
            return WorkflowResult.Conflict("The appeal has no missed posts.");
        }

        var now = clock.GetUtcNow();
        await planner.RescheduleAsync(id, missed.Select(m => (m.Platform, m.Occurrence)), now, cancellationToken);
        foreach (var row in missed)
        {
            await appeals.DeleteMissedAsync(row, cancellationToken);
        }

        await audit.RecordAsync(id, AuditActions.Approve, officer, $"re-approved {missed.Count} missed posts, posted now", cancellationToken);
        return WorkflowResult.Ok(appeal);
    }

    /// <summary>
    /// The case is resolved: every published post is taken down on every platform. A missing-person appeal never gets
    /// a "found" announcement (Missing People charity guidance); other types may have an approved closing update.
    /// </summary>
    public async Task<WorkflowResult> ResolveAsync(string id, string? closingText, Officer officer, CancellationToken cancellationToken)
    {
        closingText = string.IsNullOrWhiteSpace(closingText) ? null : closingText.Trim();
        var result = await ChangeAsync(id, officer, AuditActions.Resolve,
            appeal =>
            {
                if (appeal.AppealStatus is AppealStatus.Resolved or AppealStatus.TakenDown or AppealStatus.Purged)
                {
                    return WorkflowResult.Conflict($"The appeal is already {appeal.Status}.");
                }

                if (closingText is null)
                {
                    return null;
                }

                if (appeal.AppealType == AppealType.MissingPerson)
                {
                    return WorkflowResult.Invalid(new Dictionary<string, string>
                    {
                        ["closingText"] = "Missing-person appeals are taken down without a 'found' announcement, to protect the person's privacy.",
                    });
                }

                if (!officer.IsApprover)
                {
                    return WorkflowResult.Forbidden("A closing update must be approved: only an officer with the Approver role may add one.");
                }

                var tooLong = appeal.PlatformList.Select(p => Platforms.TextRules.PostTextRules.Check(p, closingText)).FirstOrDefault(c => !c.Valid);
                return closingText.Length > MaxClosingTextLength || tooLong is not null
                    ? WorkflowResult.Invalid(new Dictionary<string, string> { ["closingText"] = $"The closing update is too long{(tooLong is null ? "" : $" for {tooLong.Platform}")}." })
                    : null;
            },
            appeal =>
            {
                appeal.Status = nameof(AppealStatus.Resolved);
                appeal.ResolvedAt = clock.GetUtcNow();
                appeal.ResolvedBy = officer.Id;
                appeal.ClosingText = closingText;
                return closingText is null ? "resolved; taking down every post" : $"resolved; taking down every post, then closing update: {closingText}";
            }, cancellationToken);

        if (result.Outcome == WorkflowOutcome.Ok)
        {
            foreach (var platform in result.Appeal!.PlatformList)
            {
                await queues.SendAsync(QueueNames.TakeDown, new TakeDownRequest(id, platform), cancellationToken);
            }

            logger.LogInformation("Appeal resolved: {AppealId} by {Officer} → take-down queued on {Platforms}", id, officer.Name, result.Appeal.Platforms);
        }

        return result;
    }

    private AppealValidation Validate(AppealSubmission submission) =>
        submission.Validate(platforms.Enabled.Select(p => p.Platform).ToList(), clock.GetUtcNow());

    private static WorkflowResult? CheckApprover(AppealEntity appeal, Officer officer)
    {
        if (!officer.IsApprover)
        {
            return WorkflowResult.Forbidden("Only an officer with the Approver role may approve or reject appeals.");
        }

        return appeal.SubmittedBy == officer.Id
            ? WorkflowResult.Forbidden("An appeal must be approved by someone other than the officer who submitted it.")
            : null;
    }

    /// <summary>Reads, checks, changes and saves an appeal (ETag-guarded), then audits the change.</summary>
    private async Task<WorkflowResult> ChangeAsync(
        string id, Officer officer, string action, Func<AppealEntity, WorkflowResult?> refuse, Func<AppealEntity, string> change, CancellationToken cancellationToken)
    {
        var appeal = await appeals.FindAsync(id, cancellationToken);
        if (appeal is null)
        {
            return WorkflowResult.NotFound();
        }

        if (refuse(appeal) is { } refused)
        {
            return refused;
        }

        var details = change(appeal);
        if (!await appeals.TryUpdateAsync(appeal, cancellationToken))
        {
            return WorkflowResult.Conflict("The appeal changed while you were working on it; reload and try again.");
        }

        await audit.RecordAsync(id, action, officer, details, cancellationToken);
        return WorkflowResult.Ok(appeal);
    }
}
