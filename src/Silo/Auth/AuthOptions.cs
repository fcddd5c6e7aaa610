namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Settings of the <c>Auth</c> section: how long console sessions and API tokens live, the
/// session cookie's name, and the province admin created when no operator exists yet.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public const string DefaultCookieName = "communeradio_session";

    /// <summary>Default: 12 hours, a working day with margin.</summary>
    public static readonly TimeSpan DefaultSessionLifetime = TimeSpan.FromHours(12);

    /// <summary>Default: 30 days, when a token request names no lifetime.</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromDays(30);

    /// <summary>Default: 365 days, the longest lifetime a token request may ask for.</summary>
    public static readonly TimeSpan DefaultMaxTokenLifetime = TimeSpan.FromDays(365);

    public string CookieName { get; set; } = DefaultCookieName;

    public TimeSpan SessionLifetime { get; set; } = DefaultSessionLifetime;

    public TimeSpan TokenLifetime { get; set; } = DefaultTokenLifetime;

    public TimeSpan MaxTokenLifetime { get; set; } = DefaultMaxTokenLifetime;

    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    public bool IsValid() =>
        !string.IsNullOrWhiteSpace(CookieName)
        && SessionLifetime > TimeSpan.Zero
        && TokenLifetime > TimeSpan.Zero
        && MaxTokenLifetime >= TokenLifetime;
}
