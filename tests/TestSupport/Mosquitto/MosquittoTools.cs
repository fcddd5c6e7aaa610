namespace CommuneRadio.TestSupport.Mosquitto;

/// <summary>The reference clients shipped with mosquitto, for interoperability tests.</summary>
public static class MosquittoTools
{
    /// <summary>Publishes one message with <c>mosquitto_pub</c> and waits until the tool exits.</summary>
    public static Task PublishAsync(MosquittoBroker broker, string topic, string message, MosquittoToolOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MosquittoToolOptions();
        var arguments = options.Arguments(broker).Concat(["-t", topic, "-m", message]);
        return ProcessRunner.RunAsync("mosquitto_pub", options.Retain ? arguments.Append("-r") : arguments, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Starts <c>mosquitto_sub</c> for <paramref name="count"/> messages and returns once the broker
    /// acknowledged its subscription, so what is published next reaches it.
    /// </summary>
    public static Task<MosquittoSubscriber> SubscribeAsync(MosquittoBroker broker, string topicFilter, int count, MosquittoToolOptions? options = null, CancellationToken cancellationToken = default) =>
        MosquittoSubscriber.StartAsync(broker, topicFilter, count, options ?? new MosquittoToolOptions(), cancellationToken);

    /// <summary>
    /// Sends one command to the dynamic-security plugin as its admin with <c>mosquitto_rr</c> and
    /// returns the plugin's answer (JSON), as an operator inspecting the broker would.
    /// </summary>
    public static Task<string> DynamicSecurityAsync(MosquittoBroker broker, string commandJson, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync("mosquitto_rr",
        [
            "-h", broker.Host, "-p", broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-u", broker.Options.DynamicSecurityAdminUser, "-P", broker.Options.DynamicSecurityAdminPassword,
            "-t", "$CONTROL/dynamic-security/v1", "-e", "$CONTROL/dynamic-security/v1/response", "-W", "10",
            "-m", $$"""{"commands":[{{commandJson}}]}""",
        ], cancellationToken: cancellationToken);
}
