namespace CommuneRadio.StationSimulator.Province;

/// <summary>How far a province start got: devices online and refused so far, of <see cref="Total"/>.</summary>
public readonly record struct ProvinceStartProgress(int Total, int Online, int Refused);
