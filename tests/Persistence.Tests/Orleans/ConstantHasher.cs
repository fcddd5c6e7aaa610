using Orleans.Storage;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>Gives every grain id and type the same hash: the worst case of hash collisions.</summary>
public sealed class ConstantHasher : IHasher
{
    public const int Value = 42;

    public string Description => "every input hashes to 42";

    public int Hash(byte[] data) => Value;
}
