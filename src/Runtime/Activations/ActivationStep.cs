namespace CommuneRadio.Runtime.Activations;

/// <summary>The first item on every activation's queue: activate the grain.</summary>
internal sealed class ActivationStep : WorkItem
{
    public static readonly ActivationStep Instance = new();

    private ActivationStep()
    {
    }

    public override Task Execute(Activation activation) => activation.ActivateAsync();
}
