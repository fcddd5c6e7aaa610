namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// What <see cref="CapReader"/> made of a document: the alert, or every reason it could not read one
/// (field = CAP element path such as <c>info/event</c>, or <c>xml</c> for the document itself).
/// A message read here still has to pass <see cref="AlertRules"/> before it is sent.
/// </summary>
public sealed record CapReadResult
{
    private CapReadResult(AlertMessage? message, IReadOnlyList<AlertProblem> problems)
    {
        Message = message;
        Problems = problems;
    }

    public AlertMessage? Message { get; }

    public IReadOnlyList<AlertProblem> Problems { get; }

    public bool Succeeded => Message is not null;

    internal static CapReadResult Success(AlertMessage message) => new(message, []);

    internal static CapReadResult Failure(IReadOnlyList<AlertProblem> problems) => new(null, problems);

    internal static CapReadResult Failure(string field, string problem) => new(null, [new AlertProblem(field, problem)]);
}
