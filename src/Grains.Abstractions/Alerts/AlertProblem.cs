namespace CommuneRadio.Grains.Alerts;

/// <summary>One reason an alert cannot be sent: the field (a JSON path or CAP element) and what is wrong with it, in words an operator understands.</summary>
public sealed record AlertProblem(string Field, string Problem)
{
    public override string ToString() => $"{Field}: {Problem}";
}
