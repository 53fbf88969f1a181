using Microsoft.Extensions.Logging;
using PoliceSocial.Auditing;
using PoliceSocial.Officers;
using PoliceSocial.Platforms;

namespace PoliceSocial.Appeals;

/// <summary>
/// The officer-facing steps of an appeal's life: submit, approve or reject. Each step checks who may take it,
/// changes the appeal with ETag concurrency and is written to the audit trail.
/// </summary>
public sealed class AppealWorkflow(
    AppealStore appeals,
    AppealSchedulePlanner planner,
    IPlatformDirectory platforms,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<AppealWorkflow> logger)
{
    public async Task<WorkflowResult> SubmitAsync(AppealSubmission submission, Officer officer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var validation = submission.Validate(platforms.Enabled.Select(p => p.Platform).ToList(), now);
        if (!validation.IsValid)
        {
            return WorkflowResult.Invalid(validation.Errors);
        }

        var id = Guid.NewGuid().ToString("N")[..12];
        var appeal = AppealEntity.FromDraft(id, validation.Draft!, officer.Id, now);
        await appeals.AddAsync(appeal, cancellationToken);
        await audit.RecordAsync(id, AuditActions.Submit, officer, $"{appeal.Type} appeal '{appeal.Title}' ({appeal.CaseReference}) for {appeal.Platforms}, first at {appeal.FirstPublishAt:u}", cancellationToken);
        logger.LogInformation("Appeal submitted: {AppealId} '{Title}' by {Officer} → awaiting approval", id, appeal.Title, officer.Name);
        return WorkflowResult.Ok(appeal);
    }

    public async Task<WorkflowResult> ApproveAsync(string id, Officer officer, CancellationToken cancellationToken)
    {
        if (!officer.IsApprover)
        {
            return WorkflowResult.Forbidden("Only an officer with the Approver role may approve appeals.");
        }

        var appeal = await appeals.FindAsync(id, cancellationToken);
        if (appeal is null)
        {
            return WorkflowResult.NotFound();
        }

        if (appeal.SubmittedBy == officer.Id)
        {
            return WorkflowResult.Forbidden("An appeal must be approved by someone other than the officer who submitted it.");
        }

        if (appeal.AppealStatus != AppealStatus.Submitted)
        {
            return WorkflowResult.Conflict($"The appeal is {appeal.Status}, not awaiting approval.");
        }

        var now = clock.GetUtcNow();
        appeal.Status = nameof(AppealStatus.Scheduled);
        appeal.ApprovedBy = officer.Id;
        appeal.ApprovedAt = now;
        if (!await appeals.TryUpdateAsync(appeal, cancellationToken))
        {
            return WorkflowResult.Conflict("The appeal changed while you approved it; reload and try again.");
        }

        var entries = await planner.PlanAsync(appeal, now, cancellationToken);
        await audit.RecordAsync(id, AuditActions.Approve, officer, $"approved; {entries} posts scheduled", cancellationToken);
        logger.LogInformation("Appeal approved: {AppealId} by {Officer} → {Count} posts scheduled", id, officer.Name, entries);
        return WorkflowResult.Ok(appeal);
    }

    public async Task<WorkflowResult> RejectAsync(string id, string? reason, Officer officer, CancellationToken cancellationToken)
    {
        if (!officer.IsApprover)
        {
            return WorkflowResult.Forbidden("Only an officer with the Approver role may reject appeals.");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 1000)
        {
            return WorkflowResult.Invalid(new Dictionary<string, string> { ["reason"] = "Give a reason (at most 1,000 characters)." });
        }

        var appeal = await appeals.FindAsync(id, cancellationToken);
        if (appeal is null)
        {
            return WorkflowResult.NotFound();
        }

        if (appeal.AppealStatus != AppealStatus.Submitted)
        {
            return WorkflowResult.Conflict($"The appeal is {appeal.Status}, not awaiting approval.");
        }

        appeal.Status = nameof(AppealStatus.Rejected);
        appeal.RejectedReason = reason;
        if (!await appeals.TryUpdateAsync(appeal, cancellationToken))
        {
            return WorkflowResult.Conflict("The appeal changed while you rejected it; reload and try again.");
        }

        await audit.RecordAsync(id, AuditActions.Reject, officer, reason, cancellationToken);
        return WorkflowResult.Ok(appeal);
    }
}
