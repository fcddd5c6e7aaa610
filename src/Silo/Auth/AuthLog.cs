namespace CommuneRadio.Silo.Auth;

/// <summary>Log events of sign-in and operator bootstrap; never a password or a token, only usernames and token ids.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(1, LogLevel.Warning, "Sign-in refused for {Username} from {RemoteAddress}: {Reason} ({FailedTotal} failed sign-ins since start)")]
    public static partial void LoginFailed(ILogger logger, string username, string? remoteAddress, string reason, long failedTotal);

    [LoggerMessage(2, LogLevel.Information, "{Username} signed in from {RemoteAddress}")]
    public static partial void LoginSucceeded(ILogger logger, string username, string? remoteAddress);

    [LoggerMessage(3, LogLevel.Information, "Created the first province admin {Username} with scope {Scopes}")]
    public static partial void BootstrapCreated(ILogger logger, string username, string scopes);

    [LoggerMessage(4, LogLevel.Warning, "No operator exists and Auth:BootstrapAdmin is not configured (or invalid: {Problem}); nobody can sign in")]
    public static partial void BootstrapMissing(ILogger logger, string problem);

    [LoggerMessage(5, LogLevel.Information, "{Username} was issued the {Kind} token {TokenId} until {ExpiresAt}")]
    public static partial void TokenIssued(ILogger logger, string username, string kind, string tokenId, DateTimeOffset expiresAt);
}
