namespace CommuneRadio.Content.Media;

/// <summary>A signed media link: the path and query to fetch, and when it stops working.</summary>
public sealed record MediaLink(string Url, DateTimeOffset ExpiresAt);
