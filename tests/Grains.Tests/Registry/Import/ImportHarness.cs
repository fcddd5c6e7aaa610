using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry.Import;
using CommuneRadio.Grains.Tests.Devices.StandIns;

namespace CommuneRadio.Grains.Tests.Registry.Import;

/// <summary>An importer over a fresh database, enrolling through the real enrollment into a stand-in broker.</summary>
public sealed class ImportHarness : IAsyncDisposable
{
    private ImportHarness(RegistryDatabase db)
    {
        Db = db;
        Enrollment = new DeviceEnrollment(db.Stations, Broker, Notifier, db.Logger<DeviceEnrollment>());
        Importer = new ProvinceImporter(db.Areas, db.Stations, Enrollment, Notifier, db.Logger<ProvinceImporter>());
    }

    public RegistryDatabase Db { get; }

    public InMemoryBrokerAccounts Broker { get; } = new();

    public RecordingStationNotifier Notifier { get; } = new();

    public DeviceEnrollment Enrollment { get; }

    public ProvinceImporter Importer { get; }

    public static async Task<ImportHarness> CreateAsync(string purpose) => new(await RegistryDatabase.CreateAsync(purpose));

    public async Task<ImportResult> ImportAsync(string path) => await Importer.ImportAsync(await ProvinceFile.LoadAsync(path));

    public async ValueTask DisposeAsync()
    {
        Enrollment.Dispose();
        await Db.DisposeAsync();
    }
}
