namespace CommuneRadio.Grains.Operators;

/// <summary>An operator with the stored hash of their password, for checking a login and nothing else.</summary>
public sealed record OperatorLogin(OperatorAccount Account, string PasswordHash);
