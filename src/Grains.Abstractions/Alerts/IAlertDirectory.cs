namespace CommuneRadio.Grains.Alerts;

/// <summary>The list of alerts the console and the CLI show, newest first; alert grains keep it current.</summary>
public interface IAlertDirectory
{
    Task SaveAsync(AlertRecord alert, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AlertSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Alerts on air (or awaiting confirmation) that cover one of <paramref name="areaCodes"/>: what a new station under them is owed.</summary>
    Task<IReadOnlyList<string>> LiveCoveringAsync(IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken = default);
}

/// <summary>One line of the alert list.</summary>
public sealed record AlertSummary(
    string Id,
    AlertPhase Phase,
    AlertStatus Status,
    string Event,
    string? Headline,
    IReadOnlyList<string> AreaCodes,
    string IssuedBy,
    string? ConfirmedBy,
    DateTimeOffset Sent,
    DateTimeOffset Expires,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
