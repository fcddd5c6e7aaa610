using CommuneRadio.Runtime.Activations;

namespace CommuneRadio.Runtime.State;

/// <summary>Builds the constructor argument for a <see cref="PersistentStateAttribute"/> parameter.</summary>
internal static class PersistentStateFactory
{
    public static Func<Activation, object?> For(Type stateType, string stateName, Lazy<IGrainStorage> storage)
    {
        var create = typeof(PersistentStateFactory)
            .GetMethod(nameof(Create), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(stateType)
            .CreateDelegate<Func<Activation, string, IGrainStorage, object>>();
        return activation => create(activation, stateName, storage.Value);
    }

    private static object Create<TState>(Activation activation, string stateName, IGrainStorage storage)
    {
        var state = new PersistentState<TState>(stateName, activation.Id, storage);
        activation.AddStateToRead(state);
        return state;
    }
}
