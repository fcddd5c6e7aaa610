namespace CommuneRadio.Silo.Api.Stations;

/// <summary>One page of a filtered station list; <see cref="Total"/> counts every match.</summary>
public sealed record StationPage(IReadOnlyList<StationSummary> Items, int Page, int PageSize, int Total);
