namespace CommuneRadio.Silo.Api.Areas;

/// <summary>Body of POST /api/areas/{code}/merge: the area that absorbs it.</summary>
public sealed record MergeRequest(string? Into);
