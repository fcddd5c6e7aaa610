namespace CommuneRadio.Silo.Api.Areas;

/// <summary>One area in POST /api/areas (a list: a new province tree in one call).</summary>
public sealed record AreaRequest(string? Code, string? Name, string? Kind, string? ParentCode);
