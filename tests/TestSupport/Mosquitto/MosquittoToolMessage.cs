namespace CommuneRadio.TestSupport.Mosquitto;

/// <summary>A message as <c>mosquitto_sub</c> printed it: topic and exact payload bytes.</summary>
public sealed record MosquittoToolMessage(string Topic, byte[] Payload)
{
    public string PayloadText => System.Text.Encoding.UTF8.GetString(Payload);
}
