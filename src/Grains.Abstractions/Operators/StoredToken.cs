namespace CommuneRadio.Grains.Operators;

/// <summary>A token as stored: its record, the SHA-256 of its secret, and the operator it belongs to.</summary>
public sealed record StoredToken(OperatorToken Token, byte[] SecretHash, OperatorAccount Operator);
