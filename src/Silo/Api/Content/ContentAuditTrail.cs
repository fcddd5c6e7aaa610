using CommuneRadio.Content.Library;
using CommuneRadio.Grains.Operators;
using CommuneRadio.Silo.Auth;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// Every step of the library into the audit log: drafts, uploads, approvals, archiving, voice
/// settings, and each refusal with its reason. Scoped per request (through <see cref="OperatorAudit"/>).
/// </summary>
public sealed class ContentAuditTrail(OperatorAudit audit)
{
    public const string Draft = "content.draft";
    public const string Upload = "content.upload";
    public const string Approve = "content.approve";
    public const string Archive = "content.archive";
    public const string Voice = "content.voice";

    /// <summary>Records a refused step and answers <paramref name="answer"/>, or a 400 naming <paramref name="field"/>.</summary>
    public async Task<IResult> RefusedAsync(string action, string? target, string field, string problem, IResult? answer = null, CancellationToken cancellationToken = default)
    {
        await audit.RecordAsync(action, target, AuditOutcome.Refused, $"'{field}' {problem}", new { field }, cancellationToken);
        return answer ?? ApiProblems.Field(field, problem);
    }

    public Task RecordAsync(string action, ContentItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return audit.RecordAsync(action, item.Id, AuditOutcome.Allowed, null, new
        {
            item.Kind, item.Title, item.AreaCodes, item.Status, item.Voice, item.Media?.Sha256, item.Media?.Bytes, item.Media?.DurationS,
        }, cancellationToken);
    }

    public Task RecordVoiceAsync(string areaCode, string? voice, CancellationToken cancellationToken = default) =>
        audit.RecordAsync(Voice, areaCode, AuditOutcome.Allowed, null, new { voice }, cancellationToken);
}
