namespace CommuneRadio.Content.Library;

/// <summary>
/// An item's step: drafted by its author, approved by another operator (only then may it air), or
/// archived (never airs again; kept for the record).
/// </summary>
public enum ContentStatus
{
    Draft,
    Approved,
    Archived,
}
