using CommuneRadio.Content.Approval;
using CommuneRadio.Content.Library;
using CommuneRadio.Silo.Auth;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// The steps after drafting: approval (by an operator other than the author, holding the content
/// approval permission over every target area) and archiving (by anyone who may change every
/// target area). Each step and each refusal is audited. Scoped per request.
/// </summary>
public sealed partial class ContentSteps(
    IContentStore store, OperatorAccess access, ContentAuditTrail trail, CurrentOperator current, TimeProvider time, ILogger<ContentSteps> logger)
{
    public async Task<IResult> ApproveAsync(string id, CancellationToken cancellationToken)
    {
        const string action = ContentAuditTrail.Approve;
        if (await store.GetAsync(id, cancellationToken) is not { } item)
        {
            return ApiProblems.NotFound("Content", id);
        }

        var me = current.Require().Username;
        if (ApprovalRules.Check(item, me) is { } refusal)
        {
            var answer = refusal.Kind == ApprovalRefusalKind.OwnContent ? ContentProblems.Forbidden(refusal.Reason) : ContentProblems.State(id, refusal.Reason);
            return await trail.RefusedAsync(action, id, "status", refusal.Reason, answer, cancellationToken);
        }

        if (await access.CanApproveContentAsync(item.AreaCodes, cancellationToken) is { Allowed: false } refused)
        {
            return await access.RefuseAsync(refused, action, id, cancellationToken);
        }

        // The update re-checks draft and author, so a concurrent approval or archive wins only once.
        if (await store.ApproveAsync(id, me, time.GetUtcNow(), cancellationToken) is not { } approved)
        {
            return await trail.RefusedAsync(action, id, "status", $"'{id}' changed while it was being approved", ContentProblems.State(id, $"'{id}' is no longer a draft"), cancellationToken);
        }

        await trail.RecordAsync(action, approved, cancellationToken);
        LogApproved(logger, id, me, approved.Author);
        return TypedResults.Ok(ContentView.Of(approved));
    }

    public async Task<IResult> ArchiveAsync(string id, CancellationToken cancellationToken)
    {
        const string action = ContentAuditTrail.Archive;
        if (await store.GetAsync(id, cancellationToken) is not { } item)
        {
            return ApiProblems.NotFound("Content", id);
        }

        foreach (var code in item.AreaCodes)
        {
            if (await access.CanWriteAsync(code, cancellationToken) is { Allowed: false } refused)
            {
                return await access.RefuseAsync(refused, action, id, cancellationToken);
            }
        }

        if (item.Status == ContentStatus.Archived
            || await store.ArchiveAsync(id, current.Require().Username, time.GetUtcNow(), cancellationToken) is not { } archived)
        {
            return await trail.RefusedAsync(action, id, "status", $"'{id}' is archived already", ContentProblems.State(id, $"'{id}' is archived already"), cancellationToken);
        }

        await trail.RecordAsync(action, archived, cancellationToken);
        return TypedResults.Ok(ContentView.Of(archived));
    }

    [LoggerMessage(1, LogLevel.Information, "Content {ContentId} approved by {Approver} (drafted by {Author})")]
    private static partial void LogApproved(ILogger logger, string contentId, string approver, string author);
}
