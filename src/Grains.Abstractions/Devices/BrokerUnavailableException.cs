namespace CommuneRadio.Grains.Devices;

/// <summary>The broker could not be reached or did not answer; the operation did not happen and may be retried.</summary>
public sealed class BrokerUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
