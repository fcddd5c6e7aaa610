namespace CommuneRadio.Grains.Operators;

/// <summary>How a token was handed out: a console session (in a cookie) or an API token (for the CLI).</summary>
public enum OperatorTokenKind
{
    Session = 0,
    Api = 1,
}
